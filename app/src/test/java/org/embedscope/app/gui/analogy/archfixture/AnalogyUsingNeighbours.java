package org.embedscope.app.gui.analogy.archfixture;

import org.embedscope.app.gui.neighbors.NeighborsState;

/** Breaks the feature rule on purpose: the analogy feature reaching into the neighbours feature. */
public final class AnalogyUsingNeighbours {
    public int k() {
        return NeighborsState.DEFAULT.k();
    }
}
