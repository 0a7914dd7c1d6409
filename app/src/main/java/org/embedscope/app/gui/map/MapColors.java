package org.embedscope.app.gui.map;

import javafx.scene.paint.Color;

/** Colours shared by the panels' map annotations, so a colour means the same thing everywhere. */
public final class MapColors {
    public static final Color NEIGHBOR = Color.rgb(255, 170, 60);
    public static final Color ANALOGY_SOURCE = Color.rgb(120, 200, 255);
    public static final Color ANALOGY_TARGET = Color.rgb(130, 230, 140);
    public static final Color ANSWER = Color.rgb(255, 120, 200);
    public static final Color CANDIDATE = Color.rgb(255, 170, 60);
    public static final Color SEARCH = Color.rgb(120, 230, 255);

    private MapColors() {
    }
}
