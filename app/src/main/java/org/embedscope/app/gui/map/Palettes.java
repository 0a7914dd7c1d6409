package org.embedscope.app.gui.map;

import javafx.scene.paint.Color;

/** The map's colour scales, all safe for the common colour-vision deficiencies. */
public final class Palettes {
    // Parsed once: these run per point (50,000 on the bundled map), and parsing the colours on every
    // call held the FX thread for hundreds of milliseconds in the bias panel's first colouring.
    private static final Color DIVERGING_LOW = Color.web("#e08214");
    private static final Color DIVERGING_MID = Color.web("#cfcfcf");
    private static final Color DIVERGING_HIGH = Color.web("#9e8fd0");
    private static final Color[] GRADIENT_STOPS = {Color.web("#440154"), Color.web("#3b528b"), Color.web("#21918c"),
        Color.web("#5ec962"), Color.web("#fde725")};

    private Palettes() {
    }

    /** A colour for cluster {@code i} that colour-blind viewers can tell from the others: {@link #category}. */
    public static Color cluster(int i) {
        return category(i);
    }

    /**
     * 0 (no neighbour kept) blue, through teal, to 1 (all kept) yellow: the {@link #gradient} without its
     * darkest fifth, which would vanish into the dark map. Unlike red-to-green it reads with any colour vision.
     */
    public static Color faithfulness(double share) {
        return gradient(0.2 + 0.8 * Math.max(0, Math.min(1, share)));
    }

    /**
     * A colour-blind-safe diverging scale (orange, light grey, purple, after ColorBrewer's PuOr):
     * -1 is the orange end, 0 neutral grey, 1 the purple end.
     */
    public static Color diverging(double t) {
        double v = Math.max(-1, Math.min(1, t));
        return v < 0 ? DIVERGING_MID.interpolate(DIVERGING_LOW, -v) : DIVERGING_MID.interpolate(DIVERGING_HIGH, v);
    }

    /**
     * Colours for categories that people with any common colour-vision deficiency can tell apart:
     * Okabe and Ito's eight, then the same hues lighter and darker for up to 100 categories.
     */
    public static Color category(int i) {
        Color base = OKABE_ITO[i % OKABE_ITO.length];
        int round = i / OKABE_ITO.length;
        if (round == 0) {
            return base;
        }
        double amount = 0.12 * ((round + 1) / 2);
        return round % 2 == 1 ? base.interpolate(Color.WHITE, amount) : base.interpolate(Color.BLACK, amount);
    }

    private static final Color[] OKABE_ITO = {
        Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"), Color.web("#F0E442"),
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#CC79A7"), Color.web("#BBBBBB"),
    };

    /** A perceptually even, colour-blind-safe gradient from dark blue (0) through teal to yellow (1), after viridis. */
    public static Color gradient(double t) {
        double v = Math.max(0, Math.min(1, t));
        Color[] stops = GRADIENT_STOPS;
        double at = v * (stops.length - 1);
        int k = Math.min(stops.length - 2, (int) at);
        return stops[k].interpolate(stops[k + 1], at - k);
    }

    public static int argb(Color c, double alpha) {
        int a = (int) Math.round(alpha * 255);
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
