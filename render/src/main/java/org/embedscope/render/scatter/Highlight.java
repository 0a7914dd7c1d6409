package org.embedscope.render.scatter;

import javafx.scene.paint.Color;

/** A point drawn on top of the others, larger, in its own colour, with its label shown. */
public record Highlight(int index, Color color) {
}
