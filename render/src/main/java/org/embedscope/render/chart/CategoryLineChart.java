package org.embedscope.render.chart;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * One line through values at evenly spaced named categories (for example 2, 5, 10, 50 dimensions),
 * each value a dot with its number above, one category highlighted, and a dashed reference line
 * at a chosen value with its caption. Values that are not finite are left out of the line.
 */
public final class CategoryLineChart extends CanvasChart {
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
    private boolean logScale;

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

    /** A logarithmic value axis, for values that span several powers of ten (all must then be positive). */
    public void setLogScale(boolean log) {
        logScale = log;
        redraw();
    }

    public void setInk(Color color) {
        ink = color;
        redraw();
    }

    /** A value on the axis: itself, or its logarithm on a log scale (NaN where it cannot be drawn). */
    private double axis(double value) {
        if (!Double.isFinite(value)) {
            return Double.NaN;
        }
        return logScale ? (value > 0 ? Math.log10(value) : Double.NaN) : value;
    }

    /** The axis range, in axis units. */
    private double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double ref = axis(reference);
        if (!Double.isNaN(ref)) {
            min = ref;
            max = ref;
        }
        for (double v : values) {
            double a = axis(v);
            if (!Double.isNaN(a)) {
                min = Math.min(min, a);
                max = Math.max(max, a);
            }
        }
        if (!(max > min)) {
            return new double[] {min - 1, max + 1};
        }
        double pad = (max - min) * 0.15;
        return new double[] {logScale || min - pad < 0 == min < 0 ? min - pad : 0, max + pad};
    }

    /** Tick values (not axis units): round numbers, or on a log scale 1, 2, 5 or 1 per power of ten. */
    private java.util.List<Double> ticks(double[] range) {
        if (!logScale) {
            return NiceTicks.of(range[0], range[1], 4);
        }
        java.util.List<Double> ticks = new java.util.ArrayList<>();
        int[] steps = range[1] - range[0] < 1.5 ? new int[] {1, 2, 5} : new int[] {1};
        int every = Math.max(1, (int) Math.ceil((range[1] - range[0]) / 5));
        for (int power = (int) Math.floor(range[0]); power <= Math.ceil(range[1]); power++) {
            if (steps.length == 1 && Math.floorMod(power, every) != 0) {
                continue;
            }
            for (int step : steps) {
                double t = step * Math.pow(10, power);
                double a = Math.log10(t);
                if (a >= range[0] && a <= range[1]) {
                    ticks.add(t);
                }
            }
        }
        return ticks;
    }

    /** A value in few characters: 2.38, 32.3, 8,190, 101k. */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.0fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.2f", v);
    }

    /** Room inside the axes at either end, so that the end points and their numbers stay clear of the axis. */
    private static final double INSET = 14;

    private double xOf(int i, double plotW) {
        double inner = plotW - 2 * INSET;
        return scaled(LEFT) + INSET + (categories.length == 1 ? inner / 2 : i * inner / (categories.length - 1));
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double plotW = w - scaled(LEFT) - scaled(RIGHT);
        double plotH = h - scaled(TOP) - scaled(BOTTOM);
        if (plotW < 20 || plotH < 20 || categories.length == 0) {
            return;
        }
        double[] range = range();
        g.setFont(font(12));
        drawAxes(g, range, plotW, plotH, h);
        g.setStroke(color);
        g.setLineWidth(2.5);
        double px = Double.NaN;
        double py = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(axis(values[i]))) {
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
        // A value's number is written only where it runs into no other number written (the dots and the
        // tooltips still give every value); the highlighted and the last one always are.
        int count = values.length;
        double[] lefts = new double[count];
        double[] widths = new double[count];
        boolean[] kept = new boolean[count];
        for (int i = 0; i < count; i++) {
            if (Double.isNaN(axis(values[i]))) {
                continue;
            }
            double x = xOf(i, plotW);
            double r = i == highlighted ? 6 : 4;
            widths[i] = TextWidth.of(compact(values[i]), font(12));
            boolean last = i == count - 1;
            // The end numbers grow inwards, away from the axis labels.
            lefts[i] = i == 0 ? x - r : last && count > 1 ? x + r - widths[i] : x - widths[i] / 2;
            kept[i] = i == highlighted || last;
        }
        double writtenUpTo = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            if (Double.isNaN(axis(values[i])) || kept[i]) {
                if (kept[i]) {
                    writtenUpTo = lefts[i] + widths[i];
                }
                continue;
            }
            double nextKept = Double.POSITIVE_INFINITY;
            for (int j = i + 1; j < count; j++) {
                if (kept[j]) {
                    nextKept = lefts[j];
                    break;
                }
            }
            if (lefts[i] >= writtenUpTo + 4 && lefts[i] + widths[i] + 4 <= nextKept) {
                kept[i] = true;
                writtenUpTo = lefts[i] + widths[i];
            }
        }
        for (int i = 0; i < count; i++) {
            if (Double.isNaN(axis(values[i]))) {
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
            if (kept[i]) {
                g.setFill(ink);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(compact(values[i]), lefts[i], y - r - 2);
            }
        }
    }

    private double yOf(double value, double[] range, double plotH) {
        return scaled(TOP) + plotH - (axis(value) - range[0]) / (range[1] - range[0]) * plotH;
    }

    private void drawAxes(GraphicsContext g, double[] range, double plotW, double plotH, double h) {
        g.setLineWidth(1);
        g.setFill(ink);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double step = NiceTicks.step(range[1] - range[0], 4);
        for (double t : ticks(range)) {
            double y = yOf(t, range, plotH);
            g.setStroke(ink.deriveColor(0, 1, 1, 0.25));
            g.strokeLine(scaled(LEFT), y, scaled(LEFT) + plotW, y);
            g.fillText(logScale ? compact(t).replaceAll("\\.0+$", "") : NiceTicks.format(t, step), scaled(LEFT) - 6, y);
        }
        if (!Double.isNaN(reference)) {
            double y = yOf(reference, range, plotH);
            g.setStroke(ink);
            g.setLineDashes(6, 4);
            g.strokeLine(scaled(LEFT), y, scaled(LEFT) + plotW, y);
            g.setLineDashes();
            // Under the line: the values charted are usually above it.
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(referenceCaption, scaled(LEFT) + plotW, y + 2);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double axisY = scaled(TOP) + plotH;
        // Category names that would run into the one before are left out; the highlighted one never is.
        double writtenUpTo = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < categories.length; i++) {
            javafx.scene.text.Font f = i == highlighted ? font(javafx.scene.text.FontWeight.BOLD, 12) : font(12);
            double width = TextWidth.of(categories[i], f);
            double x = xOf(i, plotW);
            boolean clashesWithHighlighted = highlighted > i && highlighted < categories.length
                    && x + width / 2 + 4 > xOf(highlighted, plotW)
                    - TextWidth.of(categories[highlighted], font(javafx.scene.text.FontWeight.BOLD, 12)) / 2;
            if (i != highlighted && (x - width / 2 < writtenUpTo + 4 || clashesWithHighlighted)) {
                continue;
            }
            g.setFont(f);
            g.fillText(categories[i], x, axisY + 5);
            writtenUpTo = x + width / 2;
        }
        g.setFont(font(12));
        g.fillText(xCaption, scaled(LEFT) + plotW / 2, axisY + 21);
        g.save();
        g.translate(10, scaled(TOP) + plotH / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yCaption, 0, 0);
        g.restore();
    }

    private void hover(double x) {
        double plotW = getWidth() - scaled(LEFT) - scaled(RIGHT);
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
        tip.setText(categories[nearest] + ": " + compact(values[nearest]));
    }
}
