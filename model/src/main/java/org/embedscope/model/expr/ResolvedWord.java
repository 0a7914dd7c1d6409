package org.embedscope.model.expr;

/**
 * A word of an expression as found in the vocabulary: exactly as typed, or, when only its
 * lower-case form is known, that form ({@link #lowerCased()}).
 */
public record ResolvedWord(String typed, int index, String word) {
    /** True when the word was only found after lower-casing what was typed. */
    public boolean lowerCased() {
        return !typed.equals(word);
    }
}
