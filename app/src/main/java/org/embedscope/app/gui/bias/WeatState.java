package org.embedscope.app.gui.bias;

/** The WEAT section's inputs: a bundled test, or four word lists typed or loaded. */
public record WeatState(String test, String x, String y, String a, String b, int permutations, long seed) {
    public static final WeatState DEFAULT = new WeatState("weat6", "", "", "", "", 100_000, 42);
}
