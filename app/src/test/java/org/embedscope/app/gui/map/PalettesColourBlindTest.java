package org.embedscope.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The map's colours stay apart for viewers with red-green colour blindness: each is simulated as a
 * deuteranope and a protanope see it (Viénot, Brettel and Mollon 1999, in linear RGB) and pairs
 * must remain far apart in sRGB. The red-to-green scale and the Tableau-10 clusters used before
 * fail this (red and green come within 2 units of 255 for a deuteranope).
 */
class PalettesColourBlindTest {
    private static final double[][] DEUTAN = {{0.29031, 0.70969, 0}, {0.29031, 0.70969, 0}, {-0.02197, 0.02197, 1}};
    private static final double[][] PROTAN = {{0.10889, 0.89111, 0}, {0.10889, 0.89111, 0}, {0.00447, -0.00447, 1}};

    @Test
    void theFirstEightClusterColoursStayApartForEveryone() {
        for (double[][] vision : new double[][][] {DEUTAN, PROTAN}) {
            for (int i = 0; i < 8; i++) {
                for (int j = i + 1; j < 8; j++) {
                    double d = distance(Palettes.cluster(i), Palettes.cluster(j), vision);
                    assertTrue(d > 30, "clusters " + i + " and " + j + " come within " + d);
                }
            }
        }
    }

    @Test
    void faithfulnessLowMiddleAndHighStayApart() {
        for (double[][] vision : new double[][][] {DEUTAN, PROTAN}) {
            assertTrue(distance(Palettes.faithfulness(0), Palettes.faithfulness(1), vision) > 150);
            assertTrue(distance(Palettes.faithfulness(0), Palettes.faithfulness(0.5), vision) > 50);
            assertTrue(distance(Palettes.faithfulness(0.5), Palettes.faithfulness(1), vision) > 50);
        }
    }

    @Test
    void annotationColoursStayApart() {
        Color[] marks = {MapColors.NEIGHBOR, MapColors.ANALOGY_SOURCE, MapColors.ANALOGY_TARGET, MapColors.ANSWER,
            MapColors.SEARCH, MapColors.PLACED};
        for (double[][] vision : new double[][][] {DEUTAN, PROTAN}) {
            for (int i = 0; i < marks.length; i++) {
                for (int j = i + 1; j < marks.length; j++) {
                    double d = distance(marks[i], marks[j], vision);
                    assertTrue(d > 30, "marks " + i + " and " + j + " come within " + d);
                }
            }
        }
    }

    private static double distance(Color a, Color b, double[][] vision) {
        double[] x = seen(a, vision);
        double[] y = seen(b, vision);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    /** The colour as the simulated viewer sees it, in sRGB 0-255. */
    private static double[] seen(Color c, double[][] vision) {
        double[] linear = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = vision[i][0] * linear[0] + vision[i][1] * linear[1] + vision[i][2] * linear[2];
            v = Math.max(0, Math.min(1, v));
            out[i] = 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055);
        }
        return out;
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
