package org.embedscope.render.chart;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One line through values at evenly spaced named categories (for example 2, 5, 10, 50 dimensions),
 * each value a dot with its number above, one category highlighted, and a dashed reference line
 * at a chosen value with its caption. Values that are not finite are left out of the line.
 */
public final class CategoryLineChart extends CanvasChart {
    private static final Font FONT = Font.font(12);
    private static final double LEFT = 46;
    private static final double RIGHT = 16;
    private static final double TOP = 22;
    private static final double BOTTOM = 38;
    private final Tooltip tip = new Tooltip();
    private String[] categories = new String[0];
    private double[] values = new double[0];
    private Color color = Color.web("#0072B2");
    private int highlighted = -1;
    private double reference = Double.NaN;
    private String referenceCaption = "";
    private String xCaption = "";
    private String yCaption = "";
    private Color ink = Color.gray(0.75);

    public CategoryLineChart() {
        getStyleClass().add("category-line-chart");
        setMinHeight(140);
        setPrefHeight(190);
        Tooltip.install(canvas(), tip);
        canvas().setOnMouseMoved(e -> hover(e.getX()));
    }

    public void setData(String[] categories, double[] values, Color color) {
        if (categories.length != values.length) {
            throw new IllegalArgumentException("categories and values differ in length");
        }
        this.categories = categories.clone();
        this.values = values.clone();
        this.color = color;
        redraw();
    }

    /** The category drawn larger and named in bold (-1 for none). */
    public void setHighlighted(int index) {
        highlighted = index;
        redraw();
    }

    /** A dashed line at this value (NaN for none), e.g. "1 = no gap". */
    public void setReference(double value, String caption) {
        reference = value;
        referenceCaption = caption;
        redraw();
    }

    public void setCaptions(String x, String y) {
        xCaption = x;
        yCaption = y;
        redraw();
    }

    public void setInk(Color color) {
        ink = color;
        redraw();
    }

    private double[] range() {
        double min = Double.isNaN(reference) ? Double.POSITIVE_INFINITY : reference;
        double max = Double.isNaN(reference) ? Double.NEGATIVE_INFINITY : reference;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!(max > min)) {
            return new double[] {min - 1, max + 1};
        }
        double pad = (max - min) * 0.12;
        return new double[] {Math.max(0, min - pad), max + pad};
    }

    private double xOf(int i, double plotW) {
        return LEFT + (categories.length == 1 ? plotW / 2 : i * plotW / (categories.length - 1));
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (plotW < 20 || plotH < 20 || categories.length == 0) {
            return;
        }
        double[] range = range();
        g.setFont(FONT);
        drawAxes(g, range, plotW, plotH, h);
        g.setStroke(color);
        g.setLineWidth(2.5);
        double px = Double.NaN;
        double py = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                px = Double.NaN;
                continue;
            }
            double x = xOf(i, plotW);
            double y = yOf(values[i], range, plotH);
            if (!Double.isNaN(px)) {
                g.strokeLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                continue;
            }
            double x = xOf(i, plotW);
            double y = yOf(values[i], range, plotH);
            double r = i == highlighted ? 6 : 4;
            g.setFill(i == highlighted ? Color.WHITE : color);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(color);
            g.setLineWidth(2);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            g.setFill(ink);
            g.fillText(String.format(Locale.ROOT, "%.2f", values[i]), x, y - r - 2);
        }
    }

    private double yOf(double value, double[] range, double plotH) {
        return TOP + plotH - (value - range[0]) / (range[1] - range[0]) * plotH;
    }

    private void drawAxes(GraphicsContext g, double[] range, double plotW, double plotH, double h) {
        g.setLineWidth(1);
        g.setFill(ink);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double step = NiceTicks.step(range[1] - range[0], 4);
        for (double t : NiceTicks.of(range[0], range[1], 4)) {
            double y = yOf(t, range, plotH);
            g.setStroke(ink.deriveColor(0, 1, 1, 0.25));
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.fillText(NiceTicks.format(t, step), LEFT - 6, y);
        }
        if (!Double.isNaN(reference)) {
            double y = yOf(reference, range, plotH);
            g.setStroke(ink);
            g.setLineDashes(6, 4);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.setLineDashes();
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(referenceCaption, LEFT + plotW, y - 2);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double axisY = TOP + plotH;
        for (int i = 0; i < categories.length; i++) {
            g.setFont(i == highlighted ? Font.font(FONT.getFamily(), javafx.scene.text.FontWeight.BOLD, 12) : FONT);
            g.fillText(categories[i], xOf(i, plotW), axisY + 5);
        }
        g.setFont(FONT);
        g.fillText(xCaption, LEFT + plotW / 2, axisY + 21);
        g.save();
        g.translate(10, TOP + plotH / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yCaption, 0, 0);
        g.restore();
    }

    private void hover(double x) {
        double plotW = getWidth() - LEFT - RIGHT;
        int nearest = -1;
        double best = 24;
        for (int i = 0; i < categories.length; i++) {
            double d = Math.abs(xOf(i, plotW) - x);
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest < 0) {
            tip.setText(null);
            tip.hide();
            return;
        }
        tip.setText(String.format(Locale.ROOT, "%s: %.3f", categories[nearest], values[nearest]));
    }
}
