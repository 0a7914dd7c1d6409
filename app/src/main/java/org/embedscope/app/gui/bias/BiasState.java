package org.embedscope.app.gui.bias;

/** Everything the Bias panel was asked, by section. */
public record BiasState(DirectionState direction, WeatState weat, DebiasState debias) {
    public static final BiasState DEFAULT = new BiasState(DirectionState.DEFAULT, WeatState.DEFAULT, DebiasState.DEFAULT);
}
