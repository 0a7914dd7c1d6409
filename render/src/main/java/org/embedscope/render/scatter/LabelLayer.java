package org.embedscope.render.scatter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws what must stay crisp over the point raster: arrows, rings around highlighted points, their
 * labels (always shown) and landmark labels for frequent words wherever they fit without overlap.
 */
final class LabelLayer {
    private Font landmarkFont = Font.font("System", 11);
    private Font highlightFont = Font.font("System", FontWeight.BOLD, 13);
    private double textScale = 1;
    private static final double PAD = 3;
    private static final double TILE_WIDTH_AT_1 = 110;
    private static final int ALL_CANDIDATES = 1000;
    private static final int ALWAYS_NAMED = 12;
    private static final double TOP_RESERVED = 40;
    private static final double TILE_HEIGHT_AT_1 = 34;

    private final Canvas canvas = new Canvas();
    /** What the canvas shows, or null when it was cleared or its measurements thrown away. */
    private Scene drawn;
    private final Text measurer = new Text();
    private final List<double[]> placed = new ArrayList<>();
    private float[] landmarkWidths = new float[0];
    // Behind the per-point widths, which a new point set throws away: the same words' widths by text.
    private final TextWidths landmarkTexts = new TextWidths(text -> measure(text, landmarkFont));

    Canvas canvas() {
        return canvas;
    }

    void resize(double width, double height) {
        drawn = null;
        canvas.setWidth(width);
        canvas.setHeight(height);
    }

    /** Draws every label this many times its usual size; measured widths are thrown away. */
    void setTextScale(double scale) {
        if (scale != textScale) {
            textScale = scale;
            landmarkFont = Font.font("System", 11 * scale);
            highlightFont = Font.font("System", FontWeight.BOLD, 13 * scale);
            landmarkTexts.reset(text -> measure(text, landmarkFont));
            resetMeasurements(landmarkWidths.length);
        }
    }

    void resetMeasurements(int count) {
        drawn = null;
        landmarkWidths = new float[count];
        Arrays.fill(landmarkWidths, Float.NaN);
    }

    /**
     * Whether the canvas shows the marks and labels of {@code scene}, if perhaps for other point
     * positions: the same texts, highlights, arrows, selection, landmarks and colours.
     */
    boolean showsMarksOf(Scene scene) {
        return drawn != null && drawn.sameMarks(scene);
    }

    void draw(Scene scene) {
        drawn = scene;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        placed.clear();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Arrow arrow : scene.arrows) {
            drawArrow(g, scene, arrow);
        }
        for (Highlight h : scene.highlights) {
            drawRing(g, scene, h.index(), h.color(), h.index() == scene.selected ? 7 : 5);
        }
        if (scene.selected >= 0) {
            drawRing(g, scene, scene.selected, Color.WHITE, 8);
        }
        // Highlight labels first: they must always appear; landmarks fill the gaps that remain.
        if (scene.selected >= 0) {
            drawPill(g, scene, scene.selected, Color.WHITE, true);
        }
        boolean few = scene.highlights.size() <= ALWAYS_NAMED;
        for (Highlight h : scene.highlights) {
            if (h.index() != scene.selected) {
                drawPill(g, scene, h.index(), h.color(), few);
            }
        }
        java.util.Set<Integer> named = new java.util.HashSet<>();
        scene.highlights.forEach(h -> named.add(h.index()));
        named.add(scene.selected);
        drawLandmarks(g, scene, named);
    }

    private void drawArrow(GraphicsContext g, Scene scene, Arrow arrow) {
        double x1 = scene.x(arrow.from());
        double y1 = scene.y(arrow.from());
        double x2 = scene.x(arrow.to());
        double y2 = scene.y(arrow.to());
        if (Double.isNaN(x1) || Double.isNaN(x2)) {
            return;
        }
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length < 1) {
            return;
        }
        g.setStroke(arrow.color());
        g.setLineWidth(2);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineDashes(arrow.dashed() ? new double[] {6, 5} : null);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double tipX = x2 - ux * 6;
        double tipY = y2 - uy * 6;
        g.strokeLine(x1, y1, tipX, tipY);
        g.setLineDashes((double[]) null);
        double head = 10;
        g.setFill(arrow.color());
        g.fillPolygon(
                new double[] {tipX, tipX - ux * head - uy * head * 0.5, tipX - ux * head + uy * head * 0.5},
                new double[] {tipY, tipY - uy * head + ux * head * 0.5, tipY - uy * head - ux * head * 0.5}, 3);
    }

    private void drawRing(GraphicsContext g, Scene scene, int index, Color color, double radius) {
        double x = scene.x(index);
        double y = scene.y(index);
        if (Double.isNaN(x)) {
            return;
        }
        g.setLineDashes((double[]) null);
        g.setFill(color);
        g.fillOval(x - 3, y - 3, 6, 6);
        g.setStroke(color);
        g.setLineWidth(1.5);
        g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    /** Draws a highlighted point's label in the first of four spots around it that is still free. */
    private void drawPill(GraphicsContext g, Scene scene, int index, Color color, boolean mustShow) {
        double x = scene.x(index);
        double y = scene.y(index);
        String text = scene.labels.apply(index);
        if (Double.isNaN(x) || text == null) {
            return;
        }
        double width = measure(text, highlightFont) + 2 * PAD + 4;
        double height = 20 * textScale;
        double[][] spots = {
            {x + 9, y - height / 2}, {x - 9 - width, y - height / 2},
            {x - width / 2, y - 10 - height}, {x - width / 2, y + 10},
            {x + 7, y - 7 - height}, {x + 7, y + 7}, {x - 7 - width, y - 7 - height}, {x - 7 - width, y + 7},
            {x + 9, y - 22 - height}, {x + 9, y + 22}, {x - 9 - width, y - 22 - height}, {x - 9 - width, y + 22},
        };
        // The first free spot wins; if none is free, the one that covers the least of other labels.
        double[] box = null;
        double leastOverlap = Double.MAX_VALUE;
        for (double[] spot : spots) {
            double[] candidate = {spot[0], spot[1], spot[0] + width, spot[1] + height};
            if (candidate[0] < 0 || candidate[2] > canvas.getWidth()) {
                continue;
            }
            double overlap = overlapArea(candidate);
            if (overlap < leastOverlap) {
                leastOverlap = overlap;
                box = candidate;
                if (overlap == 0) {
                    break;
                }
            }
        }
        if (box == null) {
            box = new double[] {spots[0][0], spots[0][1], spots[0][0] + width, spots[0][1] + height};
        }
        // Among many marks (a bias direction's thirty words), a label that could only cover another
        // mostly is left out: its ring stays, and hovering names it. A few marks are always named.
        if (!mustShow && leastOverlap > 0.5 * width * height) {
            return;
        }
        g.setFill(Color.rgb(16, 18, 24, 0.85));
        g.fillRoundRect(box[0], box[1], width, height, 8, 8);
        g.setStroke(color.deriveColor(0, 1, 1, 0.9));
        g.setLineWidth(1);
        g.strokeRoundRect(box[0], box[1], width, height, 8, 8);
        g.setFont(highlightFont);
        g.setFill(color.interpolate(Color.WHITE, 0.35));
        g.fillText(text, box[0] + PAD + 2, box[1] + height / 2);
        placed.add(box);
    }

    /**
     * Spreads landmark labels over the whole view: the screen is cut into tiles and each tile
     * offers its most important visible point; those candidates are placed in order of importance
     * wherever they do not overlap a label already drawn.
     */
    /** @param named points that already have a highlight label, which need no second one */
    private void drawLandmarks(GraphicsContext g, Scene scene, java.util.Set<Integer> named) {
        if (scene.maxLandmarks <= 0) {
            return;
        }
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        int columns = Math.max(1, (int) (width / (TILE_WIDTH_AT_1 * textScale)));
        int rows = Math.max(1, (int) (height / (TILE_HEIGHT_AT_1 * textScale)));
        boolean[] claimed = new boolean[columns * rows];
        int free = claimed.length;
        int total = scene.landmarkOrder == null ? scene.size() : scene.landmarkOrder.length;
        g.setFont(landmarkFont);
        int shown = 0;
        // A map of a few words can try every one of them; a dense map, one candidate per screen tile:
        // the first point in it. Tiles are claimed in the order their candidates are tried, so the scan
        // stops as soon as enough labels are placed instead of going through every point.
        for (int k = 0; k < total && shown < scene.maxLandmarks && (free > 0 || total <= ALL_CANDIDATES); k++) {
            int index = scene.landmarkOrder == null ? k : scene.landmarkOrder[k];
            if (index >= scene.size()) {
                continue;
            }
            double x = scene.x(index);
            double y = scene.y(index);
            // The top strip is left to the map's caption.
            boolean onScreen = x >= 0 && y >= TOP_RESERVED && x < width && y < height;
            if (total > ALL_CANDIDATES) {
                if (!onScreen) {
                    continue;
                }
                int tile = Math.min(rows - 1, (int) (y / (TILE_HEIGHT_AT_1 * textScale))) * columns
                        + Math.min(columns - 1, (int) (x / (TILE_WIDTH_AT_1 * textScale)));
                if (claimed[tile]) {
                    continue;
                }
                claimed[tile] = true;
                free--;
            }
            if (onScreen && !named.contains(index) && place(g, scene, index, x, y, width)) {
                shown++;
            }
        }
    }

    /** Draws the landmark label of a point at (x, y) unless it has no text or no room; says whether it did. */
    private boolean place(GraphicsContext g, Scene scene, int index, double x, double y, double width) {
        String text = scene.labels.apply(index);
        if (text == null || text.isBlank()) {
            return false;
        }
        double textWidth = landmarkWidth(index, text);
        double half = 8 * textScale;
        double[] box = {x + 4, y - half, x + 4 + textWidth + 2, y + half};
        if (box[2] > width || overlaps(box)) {
            return false;
        }
        placed.add(box);
        g.setFill(scene.landmarkBackdrop);
        g.fillRoundRect(box[0] - 1, box[1] + 1, box[2] - box[0] + 2, box[3] - box[1] - 2, 6, 6);
        g.setFill(scene.landmarkColor);
        g.fillText(text, x + 5, y);
        return true;
    }

    private double overlapArea(double[] box) {
        double area = 0;
        for (double[] p : placed) {
            double w = Math.min(box[2], p[2]) - Math.max(box[0], p[0]);
            double h = Math.min(box[3], p[3]) - Math.max(box[1], p[1]);
            if (w > 0 && h > 0) {
                area += w * h;
            }
        }
        return area;
    }

    private boolean overlaps(double[] box) {
        for (double[] p : placed) {
            if (box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1]) {
                return true;
            }
        }
        return false;
    }

    private double landmarkWidth(int index, String text) {
        if (index < landmarkWidths.length) {
            if (Float.isNaN(landmarkWidths[index])) {
                landmarkWidths[index] = (float) landmarkTexts.of(text);
            }
            return landmarkWidths[index];
        }
        return landmarkTexts.of(text);
    }

    /** The landmark widths' cache, for its hit rate. */
    TextWidths landmarkTexts() {
        return landmarkTexts;
    }

    private double measure(String text, Font font) {
        measurer.setFont(font);
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    /** What one frame shows, in screen coordinates (NaN for points without a position). */
    static final class Scene {
        /** Screen x and y of every point (2D), or null when {@link #positions} is used (3D). */
        float[] sx;
        float[] sy;
        /** Screen positions of just the points that need them, for the 3D view. */
        java.util.Map<Integer, javafx.geometry.Point2D> positions;

        int size() {
            return sx != null ? sx.length : Integer.MAX_VALUE;
        }

        double x(int index) {
            if (sx != null) {
                return sx[index];
            }
            javafx.geometry.Point2D p = positions.get(index);
            return p == null ? Double.NaN : p.getX();
        }

        double y(int index) {
            if (sy != null) {
                return sy[index];
            }
            javafx.geometry.Point2D p = positions.get(index);
            return p == null ? Double.NaN : p.getY();
        }

        IntFunction<String> labels;
        List<Highlight> highlights;
        List<Arrow> arrows;
        int selected;
        /** Points in order of label importance, or null for index order. */
        int[] landmarkOrder;
        int maxLandmarks;
        Color landmarkColor;
        /** Behind each landmark label, so it reads over the points. */
        Color landmarkBackdrop = Color.rgb(12, 14, 20, 0.55);

        boolean sameMarks(Scene other) {
            return size() == other.size() && labels == other.labels && highlights.equals(other.highlights)
                    && arrows.equals(other.arrows) && selected == other.selected && landmarkOrder == other.landmarkOrder
                    && maxLandmarks == other.maxLandmarks && landmarkColor.equals(other.landmarkColor)
                    && landmarkBackdrop.equals(other.landmarkBackdrop);
        }

        /** The labels of a 2D frame whose points are at (sx[i], sy[i]), in the plot's style. */
        static Scene of2d(float[] sx, float[] sy, PlotStyle style, IntFunction<String> labels, List<Highlight> highlights,
                List<Arrow> arrows, int selected, int[] landmarkOrder, int maxLandmarks) {
            Scene s = new Scene();
            s.sx = sx;
            s.sy = sy;
            s.labels = labels;
            s.highlights = highlights;
            s.arrows = arrows;
            s.selected = selected;
            s.landmarkOrder = landmarkOrder;
            s.maxLandmarks = maxLandmarks;
            s.landmarkColor = style.labels();
            s.landmarkBackdrop = style.background().deriveColor(0, 1, 1, 0.55);
            return s;
        }
    }
}
