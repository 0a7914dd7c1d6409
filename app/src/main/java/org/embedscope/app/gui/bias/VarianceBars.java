package org.embedscope.app.gui.bias;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The explained-variance ratios of the pairs' principal components as a small bar chart. */
final class VarianceBars extends org.embedscope.render.chart.CanvasChart {
    private double[] ratios = new double[0];

    VarianceBars() {
        setPrefHeight(96);
        setMinHeight(96);
        setId("bias-variance-bars");
    }

    void setRatios(double[] values) {
        ratios = values == null ? new double[0] : values.clone();
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (ratios.length == 0) {
            return;
        }
        double top = 14;
        double bottom = h - 16;
        double slot = (w - 8) / ratios.length;
        g.setFont(font(10));
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < ratios.length; i++) {
            double barHeight = ratios[i] * (bottom - top);
            double x = 4 + i * slot + slot * 0.15;
            g.setFill(i == 0 ? Color.web("#9e8fd0") : Color.web("#6b7385"));
            g.fillRect(x, bottom - barHeight, slot * 0.7, barHeight);
            g.setFill(Color.gray(0.75));
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(String.format("%.0f%%", 100 * ratios[i]), x + slot * 0.35, bottom - barHeight - 1);
            g.setTextBaseline(VPos.TOP);
            g.fillText("PC" + (i + 1), x + slot * 0.35, bottom + 2);
        }
    }
}
