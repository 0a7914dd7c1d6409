package org.embedscope.app.gui;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.UnknownWordException;

/** Turns exceptions into sentences for dialogs and status lines (never a stack trace). */
public final class UserMessages {
    private UserMessages() {
    }

    public static String describe(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return describe(e.getCause());
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "No such file: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied: " + e.getMessage();
        }
        if (e instanceof DataFormatException || e instanceof UnknownWordException) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "Could not read the file: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "Not enough memory for this file. Start Embedscope with more, e.g. EMBEDSCOPE_JAVA_OPTS=-Xmx16g.";
        }
        return "Unexpected error: " + e;
    }
}
