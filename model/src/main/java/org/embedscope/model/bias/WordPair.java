package org.embedscope.model.bias;

/** Two words that differ along the direction being measured, the first at its positive end (she, he). */
public record WordPair(String first, String second) {
    public WordPair {
        if (first == null || second == null || first.isBlank() || second.isBlank()) {
            throw new BiasInputException("a pair needs two words, got " + first + " and " + second);
        }
        first = first.strip();
        second = second.strip();
    }

    @Override
    public String toString() {
        return first + " \u2013 " + second;
    }
}
