package org.embedscope.render.scatter;

import java.util.function.Consumer;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;

/**
 * Box and lasso selection on the 2D plot: Shift-drag draws a box, Ctrl-drag (Cmd on a Mac) a lasso,
 * or a plain drag while the tool is chosen. The band is one polygon node; the region is reported
 * in data coordinates when the mouse is released.
 */
final class RegionGesture {
    private static final double MIN_STEP = 3;
    private final ViewTransform view;
    private final Polygon band = new Polygon();
    private DragTool tool = DragTool.PAN;
    private DragTool active;
    private double startX;
    private double startY;
    private Consumer<RegionSelection> onSelected = region -> { };

    RegionGesture(ViewTransform view) {
        this.view = view;
        band.setFill(Color.rgb(120, 230, 255, 0.12));
        band.setStroke(Color.rgb(120, 230, 255, 0.9));
        band.getStrokeDashArray().setAll(6.0, 4.0);
        band.setMouseTransparent(true);
        band.setVisible(false);
        band.setManaged(false);
    }

    Polygon band() {
        return band;
    }

    void setTool(DragTool value) {
        tool = value == null ? DragTool.PAN : value;
    }

    DragTool tool() {
        return tool;
    }

    void setOnSelected(Consumer<RegionSelection> consumer) {
        onSelected = consumer == null ? region -> { } : consumer;
    }

    /** Whether this press starts a selection (then the plot must not pan). */
    boolean press(MouseEvent e) {
        active = e.isShiftDown() ? DragTool.BOX : e.isShortcutDown() ? DragTool.LASSO : tool;
        if (active == DragTool.PAN || !e.isPrimaryButtonDown()) {
            active = null;
            return false;
        }
        startX = e.getX();
        startY = e.getY();
        band.getPoints().setAll(startX, startY);
        return true;
    }

    boolean isActive() {
        return active != null;
    }

    void drag(MouseEvent e) {
        if (active == DragTool.BOX) {
            band.getPoints().setAll(startX, startY, e.getX(), startY, e.getX(), e.getY(), startX, e.getY());
        } else {
            int n = band.getPoints().size();
            double lastX = band.getPoints().get(n - 2);
            double lastY = band.getPoints().get(n - 1);
            if (Math.hypot(e.getX() - lastX, e.getY() - lastY) >= MIN_STEP) {
                band.getPoints().addAll(e.getX(), e.getY());
            }
        }
        band.setVisible(true);
    }

    /** Ends the gesture; reports the region if it encloses some area. */
    void release() {
        DragTool finished = active;
        active = null;
        band.setVisible(false);
        if (finished == null || band.getPoints().size() < 6) {
            return;
        }
        float[] polygon = new float[band.getPoints().size()];
        for (int i = 0; i < polygon.length; i += 2) {
            polygon[i] = (float) view.toDataX(band.getPoints().get(i));
            polygon[i + 1] = (float) view.toDataY(band.getPoints().get(i + 1));
        }
        onSelected.accept(new RegionSelection(polygon, finished));
    }
}
