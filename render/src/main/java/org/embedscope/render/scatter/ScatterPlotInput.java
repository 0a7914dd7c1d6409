package org.embedscope.render.scatter;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The 2D plot's mouse and keys: the wheel zooms around the cursor, a drag pans (or draws a box or a
 * lasso with those tools), a click picks the nearest point, hovering names it; + and - zoom, arrows
 * pan, 0 fits the data.
 */
final class ScatterPlotInput {
    /** Each pixel of wheel delta zooms by e^0.0025, so one usual notch (40) is about 10%. */
    static final double WHEEL_ZOOM_PER_PIXEL = 0.0025;

    private ScatterPlotInput() {
    }

    static void install(ScatterPlot plot, RegionGesture region, PanDrag pan) {
        plot.addEventHandler(ScrollEvent.SCROLL, e -> {
            plot.zoomAround(e.getX(), e.getY(), Math.exp(e.getDeltaY() * WHEEL_ZOOM_PER_PIXEL));
            e.consume();
        });
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            plot.requestFocus();
            if (region.press(e)) {
                return;
            }
            pan.press(e);
        });
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (region.isActive()) {
                region.drag(e);
                return;
            }
            if (pan.startsDragging(e)) {
                plot.setCursor(javafx.scene.Cursor.CLOSED_HAND);
            }
            if (pan.isDragging()) {
                double[] delta = pan.moved(e);
                plot.hoverTip().setVisible(false);
                plot.panByPixels(delta[0], delta[1]);
            }
        });
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            plot.setCursor(null);
            if (region.isActive()) {
                region.release();
                if (pan.movedFarFromPress(e)) {
                    return;
                }
            }
            if (!pan.isDragging() && e.getButton() == MouseButton.PRIMARY) {
                int hit = plot.pointAt(e.getX(), e.getY());
                if (hit >= 0) {
                    plot.clicked(hit, e);
                }
            }
            pan.release();
        });
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, e -> plot.showHover(plot.pointAt(e.getX(), e.getY()), e.getX(), e.getY()));
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> plot.clearHover());
        plot.addEventHandler(KeyEvent.KEY_PRESSED, e -> KeyNavigation.handle(e, plot::zoom, plot::panByPixels, plot::fitToData));
    }
}
