package org.embedscope.app.data.bias;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.bias.WordPair;
import org.embedscope.model.io.WordListFile;

/** Word lists and pair lists users load from files. */
public final class BiasListFiles {
    private BiasListFiles() {
    }

    /** A JSON array of words, or one word per line (blank lines and # comments skipped). */
    public static List<String> readWords(Path file) throws IOException {
        List<String> lines = WordListFile.read(file);
        String text = String.join("\n", lines).strip();
        if (isJson(text)) {
            return JsonWordLists.words(name(file), JsonWordLists.parse(name(file), Files.readString(file)));
        }
        if (lines.isEmpty()) {
            throw DataFormatException.inFile(name(file), "has no words");
        }
        return lines;
    }

    /** A JSON array of two-word arrays, or one pair per line ("she he" or "she,he" or tab-separated). */
    public static List<WordPair> readPairs(Path file) throws IOException {
        List<String> lines = WordListFile.read(file);
        String text = String.join("\n", lines).strip();
        if (isJson(text)) {
            return JsonWordLists.pairs(name(file), JsonWordLists.parse(name(file), Files.readString(file)));
        }
        return parsePairs(name(file), lines);
    }

    /** Pairs typed one per line: two words separated by spaces, a comma, a tab or a dash. */
    public static List<WordPair> parsePairs(String name, List<String> lines) {
        List<WordPair> pairs = new java.util.ArrayList<>();
        for (String line : lines) {
            String[] words = line.strip().split("\\s*[,\\t]\\s*|\\s+-\\s+|\\s+");
            if (words.length != 2) {
                throw DataFormatException.inFile(name, "the line \"" + line.strip() + "\" is not a pair of two words");
            }
            pairs.add(new WordPair(words[0], words[1]));
        }
        if (pairs.isEmpty()) {
            throw DataFormatException.inFile(name, "has no pairs");
        }
        return pairs;
    }

    /** A JSON array, or a JSON object, which is refused as not the array expected rather than read as words. */
    private static boolean isJson(String text) {
        return text.startsWith("[") || text.startsWith("{");
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
