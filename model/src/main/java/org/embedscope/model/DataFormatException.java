package org.embedscope.model;

/**
 * A vector file that cannot be read as asked. The message always names the file and, for text
 * formats, the 1-based line, so that it can be shown to a user as it is.
 */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFormatException(String message) {
        super(message);
    }

    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public static DataFormatException atLine(String file, long line, String problem) {
        return new DataFormatException(file + ", line " + line + ": " + problem);
    }

    public static DataFormatException inFile(String file, String problem) {
        return new DataFormatException(file + ": " + problem);
    }
}
