package org.embedscope.render.chart;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Overlaid histograms over shared, equal bins from {@code lower} to {@code upper}. Each series is
 * drawn as its share per bin (so a series of a thousand values and one of a million compare), a
 * translucent fill under a solid outline, with x and y ticks, axis captions and a legend. Hovering
 * a bin tells its range and every series' share in it.
 */
public final class Histogram extends CanvasChart {
    private static final double LEFT = 54;
    private static final double RIGHT = 12;
    private static final double TOP = 10;
    private static final double BOTTOM = 38;
    private final Tooltip tip = new Tooltip();
    private List<HistogramSeries> series = List.of();
    private double lower;
    private double upper = 1;
    private String xCaption = "";
    private String yCaption = "share of each set";
    private Color ink = Color.gray(0.75);

    public Histogram() {
        getStyleClass().add("histogram");
        setMinHeight(160);
        setPrefHeight(220);
        Tooltip.install(canvas(), tip);
        canvas().setOnMouseMoved(e -> hover(e.getX()));
    }

    /** Every series must have the same number of bins. */
    public void setData(double lower, double upper, List<HistogramSeries> series) {
        int bins = series.isEmpty() ? 0 : series.get(0).counts().length;
        for (HistogramSeries s : series) {
            if (s.counts().length != bins) {
                throw new IllegalArgumentException("series differ in their number of bins");
            }
        }
        if (!(upper > lower)) {
            throw new IllegalArgumentException("empty range " + lower + ".." + upper);
        }
        this.lower = lower;
        this.upper = upper;
        this.series = List.copyOf(series);
        redraw();
    }

    public void setCaptions(String x, String y) {
        xCaption = x;
        yCaption = y;
        redraw();
    }

    /** The colour of axes and text (the chart does not read the theme). */
    public void setInk(Color color) {
        ink = color;
        redraw();
    }

    public List<HistogramSeries> series() {
        return series;
    }

    private int bins() {
        return series.isEmpty() ? 0 : series.get(0).counts().length;
    }

    private double maxShare() {
        double max = 0;
        for (HistogramSeries s : series) {
            for (int b = 0; b < s.counts().length; b++) {
                max = Math.max(max, s.share(b));
            }
        }
        return max > 0 ? max : 1;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double plotW = w - scaled(LEFT) - scaled(RIGHT);
        double plotH = h - scaled(TOP) - scaled(BOTTOM);
        if (plotW < 20 || plotH < 20) {
            return;
        }
        // Head room above the tallest bar keeps the legend clear of the bars.
        double room = maxShare() * (1 + 20.0 * series.size() / plotH);
        double top = NiceTicks.step(room, 4) * Math.ceil(room / NiceTicks.step(room, 4));
        g.setFont(font(12));
        drawYAxis(g, top, plotH);
        drawXAxis(g, plotW, h);
        int bins = bins();
        double slot = plotW / Math.max(1, bins);
        for (HistogramSeries s : series) {
            Color c = s.color();
            g.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.38));
            g.setStroke(c);
            g.setLineWidth(2);
            double previousY = scaled(TOP) + plotH;
            for (int b = 0; b < bins; b++) {
                double y = scaled(TOP) + plotH - s.share(b) / top * plotH;
                double x = scaled(LEFT) + b * slot;
                g.fillRect(x, y, slot, scaled(TOP) + plotH - y);
                g.strokeLine(x, previousY, x, y);
                g.strokeLine(x, y, x + slot, y);
                previousY = y;
            }
            g.strokeLine(scaled(LEFT) + bins * slot, previousY, scaled(LEFT) + bins * slot, scaled(TOP) + plotH);
        }
        drawLegend(g, w);
    }

    private void drawYAxis(GraphicsContext g, double top, double plotH) {
        g.setStroke(ink.deriveColor(0, 1, 1, 0.25));
        g.setLineWidth(1);
        g.setFill(ink);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double step = NiceTicks.step(top, 4);
        for (double t : NiceTicks.of(0, top, 4)) {
            double y = scaled(TOP) + plotH - t / top * plotH;
            g.strokeLine(scaled(LEFT), y, getWidth() - scaled(RIGHT), y);
            g.fillText(NiceTicks.format(100 * t, 100 * step) + "%", scaled(LEFT) - 6, y);
        }
        g.save();
        g.translate(10, scaled(TOP) + plotH / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(yCaption, 0, 0);
        g.restore();
    }

    private void drawXAxis(GraphicsContext g, double plotW, double h) {
        double axisY = h - scaled(BOTTOM);
        g.setStroke(ink);
        g.strokeLine(scaled(LEFT), axisY, scaled(LEFT) + plotW, axisY);
        g.setFill(ink);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int wanted = Math.max(3, (int) (plotW / 55));
        double step = NiceTicks.step(upper - lower, wanted);
        for (double t : NiceTicks.of(lower, upper, wanted)) {
            double x = scaled(LEFT) + (t - lower) / (upper - lower) * plotW;
            g.strokeLine(x, axisY, x, axisY + 4);
            g.fillText(NiceTicks.format(t, step), x, axisY + 5);
        }
        g.fillText(xCaption, scaled(LEFT) + plotW / 2, axisY + 21);
    }

    private void drawLegend(GraphicsContext g, double w) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = scaled(TOP) + 10;
        for (HistogramSeries s : series) {
            double width = TextWidth.of(s.name(), font(12));
            double x = w - scaled(RIGHT) - width - 22;
            g.setFill(Color.color(s.color().getRed(), s.color().getGreen(), s.color().getBlue(), 0.6));
            g.fillRect(x, y - 6, 12, 12);
            g.setStroke(s.color());
            g.setLineWidth(2);
            g.strokeRect(x, y - 6, 12, 12);
            g.setFill(ink);
            g.fillText(s.name(), x + 18, y);
            y += 18;
        }
    }

    private void hover(double x) {
        int bins = bins();
        double plotW = getWidth() - scaled(LEFT) - scaled(RIGHT);
        int bin = (int) Math.floor((x - scaled(LEFT)) / plotW * bins);
        if (bins == 0 || bin < 0 || bin >= bins) {
            tip.setText(null);
            tip.hide();
            return;
        }
        double width = (upper - lower) / bins;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.3f to %.3f", lower + bin * width,
                lower + (bin + 1) * width));
        for (HistogramSeries s : series) {
            text.append(String.format(Locale.ROOT, "%n%s: %.1f%% (%d)", s.name(), 100 * s.share(bin), s.counts()[bin]));
        }
        tip.setText(text.toString());
    }
}
