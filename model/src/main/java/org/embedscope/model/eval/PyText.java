package org.embedscope.model.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Python's string rules where gensim's evaluation depends on them, so that files parse the same:
 * {@code str.split()} and {@code str.strip()} use Python's notion of white space, {@code str.upper()}
 * full Unicode case mapping, and {@code float()} its literal syntax.
 */
final class PyText {
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:[0-9](?:_?[0-9])*)(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private PyText() {
    }

    /**
     * Python's {@code str.isspace()} for one code point: categories Zs, Zl, Zp and the bidirectional
     * white-space controls (tab, line feed, vertical tab, form feed, carriage return, 0x1C-0x1F, 0x85).
     */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** {@code str.split()} without arguments: runs of white space separate, no empty fields. */
    static List<String> split(String s) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n && !isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                fields.add(s.substring(start, i));
            }
        }
        return fields;
    }

    /** {@code str.strip()} without arguments. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** {@code str.upper()}: full case mapping, independent of the default locale. */
    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /**
     * {@code float(s)}: surrounding white space ignored, underscores allowed between digits,
     * {@code inf}, {@code infinity} and {@code nan} in any case. Throws NumberFormatException
     * otherwise (Java-only forms such as {@code 1.5f} or hex are rejected as Python does).
     */
    static double parseFloat(String s) {
        String t = strip(s);
        if (SPECIAL.matcher(t).matches()) {
            boolean negative = t.startsWith("-");
            String body = t.replaceFirst("^[+-]", "").toLowerCase(Locale.ROOT);
            if (body.equals("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!FLOAT.matcher(t).matches()) {
            throw new NumberFormatException("not a number: '" + t + "'");
        }
        return Double.parseDouble(t.replace("_", ""));
    }
}
