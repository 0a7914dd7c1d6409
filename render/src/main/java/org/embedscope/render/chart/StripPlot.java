package org.embedscope.render.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A one-dimensional strip plot: one dot per item along a horizontal axis centred on zero, dots
 * spread vertically so that close values stay visible, the most extreme items at each end labelled.
 * Hovering names an item, a click selects it. Values are drawn on one canvas, so thousands are cheap.
 */
public final class StripPlot extends CanvasChart {
    private static final double MARGIN = 14;
    private static final double PICK = 6;
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyIntegerWrapper hoveredIndex = new ReadOnlyIntegerWrapper(this, "hoveredIndex", -1);
    private final Tooltip tip = new Tooltip();
    private double[] values = new double[0];
    private String[] labels = new String[0];
    private int[] colors = new int[0];
    private boolean[] marked = new boolean[0];
    private String leftCaption = "";
    private String rightCaption = "";
    private static final Text MEASURE = new Text();
    private int labelsPerSide = 8;
    private double[] dotX = new double[0];
    private double[] dotY = new double[0];

    public StripPlot() {
        getStyleClass().add("strip-plot");
        Canvas canvas = canvas();
        setMinHeight(120);
        // Taller with larger text (a projector), so the dots keep their band.
        prefHeightProperty().bind(fontScaleProperty().multiply(60).add(90));
        canvas.setOnMouseMoved(e -> hover(nearest(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover(-1));
        canvas.setOnMouseClicked(e -> {
            int index = nearest(e.getX(), e.getY());
            if (index >= 0) {
                selectedIndex.set(index);
            }
        });
        selectedIndex.addListener((o, old, value) -> redraw());
        Tooltip.install(canvas, tip);
    }

    /**
     * @param values one per item; the axis is symmetric around zero
     * @param labels the items' names
     * @param colors straight-alpha ARGB per item
     */
    public void setData(double[] values, String[] labels, int[] colors) {
        if (values.length != labels.length || values.length != colors.length) {
            throw new IllegalArgumentException("values, labels and colours differ in length");
        }
        this.values = values.clone();
        this.labels = labels.clone();
        this.colors = colors.clone();
        this.marked = new boolean[values.length];
        selectedIndex.set(-1);
        redraw();
    }

    /** Items drawn with a ring (for example the words selected on the map). */
    public void setMarked(boolean[] marked) {
        this.marked = marked.length == values.length ? marked.clone() : new boolean[values.length];
        redraw();
    }

    /** What each end of the axis means, e.g. "\u2190 he" and "she \u2192". */
    public void setCaptions(String left, String right) {
        leftCaption = left;
        rightCaption = right;
        redraw();
    }

    public void setLabelsPerSide(int count) {
        labelsPerSide = Math.max(0, count);
        redraw();
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hoveredIndex.getReadOnlyProperty();
    }

    /** The x of a value in the plot's coordinates (for tests and overlays). */
    public double xOf(double value) {
        double half = halfRange();
        double width = Math.max(1, getWidth() - 2 * MARGIN);
        return MARGIN + (value + half) / (2 * half) * width;
    }

    private double halfRange() {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max > 0 ? max * 1.08 : 1;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        // Room for two lines of labels above and the captions below, at the current text size.
        double textRoom = 34 * fontScaleProperty().get();
        double bandTop = textRoom;
        double bandBottom = h - textRoom;
        double mid = (bandTop + bandBottom) / 2;
        g.setStroke(Color.gray(0.55, 0.8));
        g.setLineWidth(1);
        g.strokeLine(MARGIN, mid, w - MARGIN, mid);
        g.strokeLine(xOf(0), bandTop - 6, xOf(0), bandBottom + 6);
        g.setFont(font(11));
        g.setFill(Color.gray(0.65));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(leftCaption, MARGIN, h - 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(rightCaption, w - MARGIN, h - 2);
        placeDots(bandTop, bandBottom);
        for (int i = 0; i < values.length; i++) {
            Color c = argb(colors[i]);
            g.setFill(c);
            g.fillOval(dotX[i] - 3, dotY[i] - 3, 6, 6);
            if (marked[i] || i == selectedIndex.get()) {
                g.setStroke(i == selectedIndex.get() ? Color.WHITE : Color.web("#ffbe7d"));
                g.setLineWidth(1.5);
                g.strokeOval(dotX[i] - 5, dotY[i] - 5, 10, 10);
            }
        }
        drawLabels(g, w, bandTop, bandBottom);
    }

    /** Dots at their value; a dot whose place is taken moves up or down the band by turns. */
    private void placeDots(double top, double bottom) {
        int n = values.length;
        dotX = new double[n];
        dotY = new double[n];
        double mid = (top + bottom) / 2;
        int rows = Math.max(1, (int) ((bottom - top) / 7));
        List<double[]> lastXByRow = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            lastXByRow.add(new double[] {Double.NEGATIVE_INFINITY});
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        for (int i : order) {
            double x = xOf(values[i]);
            int chosen = 0;
            for (int step = 0; step < rows; step++) {
                int r = (step + 1) / 2 * (step % 2 == 0 ? 1 : -1) + rows / 2;
                if (r >= 0 && r < rows && x - lastXByRow.get(r)[0] >= 7) {
                    chosen = r;
                    break;
                }
                chosen = rows / 2;
            }
            lastXByRow.get(chosen)[0] = x;
            dotX[i] = x;
            dotY[i] = rows == 1 ? mid : top + (chosen + 0.5) * (bottom - top) / rows;
        }
    }

    /** The top strip names the most extreme items: the low end from the left, the high end from the right. */
    private void drawLabels(GraphicsContext g, double w, double top, double bottom) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        g.setFont(font(11));
        g.setTextBaseline(VPos.CENTER);
        double half = (w - 2 * MARGIN) / 2 - 8;
        int perSide = Math.min(labelsPerSide, order.length / 2);
        double scale = fontScaleProperty().get();
        double[] line = {10 * scale, 24 * scale};
        int low = 0;
        int high = order.length - 1;
        for (double y : line) {
            low = fillLine(g, order, low, 1, perSide, MARGIN, y, half, TextAlignment.LEFT);
            high = fillLine(g, order, high, -1, perSide, w - MARGIN, y, half, TextAlignment.RIGHT);
        }
        int selected = selectedIndex.get();
        if (selected >= 0 && selected < values.length) {
            g.setFill(Color.WHITE);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(labels[selected], Math.max(40, Math.min(w - 40, dotX[selected])), bottom + 12);
        }
    }

    /** Writes items from {@code from} stepping by {@code step} while they fit; returns the next item. */
    private int fillLine(GraphicsContext g, Integer[] order, int from, int step, int perSide, double x, double y,
            double room, TextAlignment align) {
        int done = step > 0 ? from : order.length - 1 - from;
        double used = 0;
        int i = from;
        g.setTextAlign(align);
        while (done < perSide && i >= 0 && i < order.length) {
            String text = labels[order[i]];
            double width = measure(text) + 10;
            if (used + width > room) {
                break;
            }
            g.setFill(argb(colors[order[i]]).brighter());
            g.fillText(text, align == TextAlignment.LEFT ? x + used : x - used, y);
            used += width;
            i += step;
            done++;
        }
        return i;
    }

    private double measure(String text) {
        MEASURE.setFont(font(11));
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    private int nearest(double x, double y) {
        int best = -1;
        double bestDistance = PICK * PICK;
        for (int i = 0; i < dotX.length; i++) {
            double dx = dotX[i] - x;
            double dy = dotY[i] - y;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private void hover(int index) {
        hoveredIndex.set(index);
        tip.setText(index >= 0 ? String.format("%s  %+.3f", labels[index], values[index]) : null);
        if (index < 0) {
            tip.hide();
        }
    }

    private static Color argb(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
