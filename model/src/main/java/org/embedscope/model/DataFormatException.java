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
        return new DataFormatException(oneLine(file + ", line " + line + ": " + problem));
    }

    public static DataFormatException inFile(String file, String problem) {
        return new DataFormatException(oneLine(file + ": " + problem));
    }

    /**
     * Messages quote bytes of the file, which may hold line breaks or other control characters; shown
     * as backslash-u escapes they keep the message on the one line a user (and a terminal) expects.
     */
    static String oneLine(String message) {
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == 0x2028 || c == 0x2029;
            if (control && out == null) {
                out = new StringBuilder(message.length() + 16).append(message, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? message : out.toString();
    }
}
