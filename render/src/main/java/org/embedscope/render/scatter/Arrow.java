package org.embedscope.render.scatter;

import javafx.scene.paint.Color;

/** An arrow from one point to another, drawn over the map (for example an analogy's a -> b). */
public record Arrow(int from, int to, Color color, boolean dashed) {
}
