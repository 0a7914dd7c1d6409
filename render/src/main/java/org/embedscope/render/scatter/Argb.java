package org.embedscope.render.scatter;

import javafx.scene.paint.Color;

/** Colours as the straight-alpha ARGB ints the point raster blends. */
final class Argb {
    private Argb() {
    }

    static int of(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
