package org.embedscope.model.io;

/** Float formatting for text vector files. */
final class FloatText {
    private FloatText() {
    }

    /**
     * Appends a decimal that parses back to exactly {@code value}; "1.0" is shortened to "1" the
     * way GloVe and gensim write whole numbers.
     */
    static void append(StringBuilder out, float value) {
        if (value == 0f) {
            out.append(Float.floatToRawIntBits(value) == 0 ? "0" : "-0");
            return;
        }
        String text = Float.toString(value);
        if (text.endsWith(".0")) {
            out.append(text, 0, text.length() - 2);
        } else {
            out.append(text);
        }
    }
}
