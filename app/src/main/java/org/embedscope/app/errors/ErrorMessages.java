package org.embedscope.app.errors;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.embedscope.model.bias.BiasInputException;
import org.embedscope.model.find.InvalidPatternException;
import org.embedscope.model.CancelledException;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.DegenerateQueryException;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.expr.ExpressionException;
import org.embedscope.model.projection.InvalidProjectionException;

/**
 * The one table that turns failures into words for users, shared by the command line (after
 * "embedscope: ") and the window (as a sentence). Never a stack trace.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** A phrase starting in lower case, e.g. "no such file: vectors.txt". */
    public static String describe(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return describe(e.getCause());
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof DataFormatException || e instanceof UnknownWordException || e instanceof ExpressionException
                || e instanceof InvalidProjectionException || e instanceof BiasInputException
                || e instanceof DegenerateQueryException || e instanceof InvalidPatternException
                || e instanceof org.embedscope.model.distance.InvalidDistanceRequestException
                || e instanceof org.embedscope.app.session.SessionException
                || e instanceof org.embedscope.model.InsufficientMemoryException) {
            return e.getMessage();
        }
        if (e instanceof CancelledException) {
            return "cancelled";
        }
        if (e instanceof IOException) {
            return "could not read the file: " + e.getMessage();
        }
        if (e instanceof StackOverflowError) {
            return "the input is nested too deeply to process";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory; start Embedscope with more, e.g. EMBEDSCOPE_JAVA_OPTS=-Xmx16g";
        }
        String window = WindowSystemProblem.describe(e);
        if (window != null) {
            return window;
        }
        return "internal error: " + e + " (run with EMBEDSCOPE_DEBUG=1 for details)";
    }

    /**
     * The same as a sentence for a dialog or a panel: ending in a full stop, and capitalised unless it
     * starts with a name (a file, a word) whose case matters.
     */
    /** Command-line advice in a message and what the window offers instead, in the order tried. */
    private static final String[][] IN_WINDOW = {
        {"(open it with --format word2vec)", "(open it with File \u203a Open With Options, format word2vec text)"},
        {"name it with --format", "choose its format in File \u203a Open With Options"},
        {"use --limit to read fewer words", "read fewer words with a word limit in File \u203a Open With Options"},
        {"use --limit to read fewer", "read fewer words with a word limit in File \u203a Open With Options"},
        {"use --limit,", "use a word limit in File \u203a Open With Options,"},
        {"--no-cache", "opening without the cache"},
    };

    /**
     * {@link #sentence}, for a dialog: advice given as command-line flags points to the menu item
     * that does the same instead.
     */
    public static String inWindow(Throwable e) {
        String text = sentence(e);
        for (String[] swap : IN_WINDOW) {
            text = text.replace(swap[0], swap[1]);
        }
        return text;
    }

    public static String sentence(Throwable e) {
        String text = describe(e);
        if (text.isEmpty()) {
            return text;
        }
        String firstWord = text.split("[ :,]", 2)[0];
        boolean plainWord = firstWord.chars().allMatch(Character::isLetter) && !(e instanceof DataFormatException);
        String start = plainWord ? text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) : text;
        return start.endsWith(".") || start.endsWith("?") || start.endsWith(")") ? start : start + ".";
    }
}
