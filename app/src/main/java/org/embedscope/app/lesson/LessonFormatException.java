package org.embedscope.app.lesson;

/** A lesson file that is not a lesson; the message names the file, and the line where known. */
public final class LessonFormatException extends Exception {
    public LessonFormatException(String message) {
        super(message);
    }
}
