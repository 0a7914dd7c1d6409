package org.embedscope.app.gui.projection;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.embedscope.render.chart.CanvasChart;

/**
 * The scree chart: the share of variance of each principal component, one bar per component, on one
 * canvas. A BarChart rebuilt its bars, tick labels and their CSS on the FX thread after every PCA
 * (330 ms headless on two cores); painting twenty bars costs well under a millisecond.
 */
final class ScreeBars extends CanvasChart {
    private static final Color BAR = Color.rgb(0x6b, 0x8f, 0xd0);
    private static final Color TEXT = Color.gray(0.7);
    private double[] shares = new double[0];

    ScreeBars() {
        setId("scree-chart");
        setPrefHeight(160);
        setMinHeight(160);
    }

    /** Shows these explained-variance ratios (0 to 1), in component order. */
    void setShares(List<Double> ratios) {
        shares = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(font(10));
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Scree: % of variance per component", 4, 0);
        if (shares.length == 0) {
            return;
        }
        double largest = 0;
        for (double share : shares) {
            largest = Math.max(largest, share);
        }
        double top = 30;
        double bottom = h - 16;
        double slot = (w - 8) / shares.length;
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < shares.length; i++) {
            double barHeight = largest <= 0 ? 0 : shares[i] / largest * (bottom - top);
            double x = 4 + i * slot + slot * 0.15;
            g.setFill(BAR);
            g.fillRect(x, bottom - barHeight, slot * 0.7, barHeight);
            g.setFill(TEXT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(String.format("%.0f", 100 * shares[i]), x + slot * 0.35, bottom - barHeight - 1);
            g.setTextBaseline(VPos.TOP);
            g.fillText(String.valueOf(i + 1), x + slot * 0.35, bottom + 2);
        }
    }
}
