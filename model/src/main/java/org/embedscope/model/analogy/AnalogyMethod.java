package org.embedscope.model.analogy;

import java.util.Locale;

/** How a : b :: c : ? is answered; all work on unit-length vectors. */
public enum AnalogyMethod {
    /** 3CosAdd: the word nearest (cosine) to b - a + c; gensim {@code most_similar(positive=[b, c], negative=[a])}. */
    ADD("add", "3CosAdd"),
    /**
     * 3CosMul (Levy and Goldberg 2014): maximise {@code pb * pc / (pa + 1e-6)} with
     * {@code p = (1 + cos) / 2}; gensim {@code most_similar_cosmul(positive=[b, c], negative=[a])}.
     */
    MUL("mul", "3CosMul"),
    /** PairDirection (Levy and Goldberg 2014): maximise {@code cos(d - c, b - a)}. */
    PAIR_DIRECTION("pair", "PairDirection");

    private final String id;
    private final String label;

    AnalogyMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** As the CLI spells it: add, mul, pair. */
    public String id() {
        return id;
    }

    /** As the literature names it. */
    public String label() {
        return label;
    }

    public static AnalogyMethod parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (AnalogyMethod m : values()) {
            if (m.id.equals(t) || m.label.toLowerCase(Locale.ROOT).equals(t) || m.name().toLowerCase(Locale.ROOT).equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown analogy method '" + text + "' (expected add, mul or pair)");
    }
}
