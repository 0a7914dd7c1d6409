package org.embedscope.app.gui.map;

import javafx.scene.paint.Color;

/**
 * Colours shared by the panels' map annotations, so a colour means the same thing everywhere. They are
 * Okabe and Ito's hues (orange, sky blue, yellow, reddish purple, vermillion), which stay apart for viewers with
 * any common colour-vision deficiency; search hits are near-white, apart from all of them.
 */
public final class MapColors {
    public static final Color NEIGHBOR = Color.web("#E69F00");
    public static final Color ANALOGY_SOURCE = Color.web("#56B4E9");
    public static final Color ANALOGY_TARGET = Color.web("#F0E442");
    public static final Color ANSWER = Color.web("#CC79A7");
    public static final Color CANDIDATE = Color.web("#E69F00");
    public static final Color SEARCH = Color.web("#E8EEF7");
    /** Words and expressions placed onto a finished map: Okabe and Ito's vermillion. */
    public static final Color PLACED = Color.web("#D55E00");

    private MapColors() {
    }
}
