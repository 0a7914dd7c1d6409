package org.embedscope.render.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A small chart drawn on one canvas that fills the region: it is cleared and redrawn whenever the
 * region is resized or {@link #redraw()} is called. Subclasses only paint.
 */
public abstract class CanvasChart extends Region {
    private final Canvas canvas = new Canvas();

    protected CanvasChart() {
        getChildren().add(canvas);
    }

    protected final Canvas canvas() {
        return canvas;
    }

    /** Clears the canvas and paints it again (nothing is painted while it has no size). */
    protected final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            paint(g, w, h);
        }
    }

    /** Paints onto a cleared canvas of this size. */
    protected abstract void paint(GraphicsContext g, double width, double height);

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }
}
