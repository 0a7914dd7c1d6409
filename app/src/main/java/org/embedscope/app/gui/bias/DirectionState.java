package org.embedscope.app.gui.bias;

/** The direction section's inputs. */
public record DirectionState(DirectionSource source, String first, String second, String expression,
        String pairsFile, WordListSource words, String typedWords, int withinFirst, double strictness,
        String indirectFirst, String indirectSecond, String planeAxis) {
    public static final DirectionState DEFAULT = new DirectionState(DirectionSource.GENDER_PAIRS, "she", "he",
            "(she - he) + (woman - man)", "", WordListSource.PROFESSIONS, "nurse\nengineer\nhomemaker\nprogrammer",
            50_000, 1.0, "receptionist", "softball", "");
}
