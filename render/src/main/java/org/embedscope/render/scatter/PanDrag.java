package org.embedscope.render.scatter;

import javafx.scene.input.MouseEvent;

/**
 * Tells a click from a drag that pans: the press becomes a drag once the pointer moved more than a
 * few pixels, and from then on each move reports how far to pan.
 */
final class PanDrag {
    private static final double CLICK_SLOP = 4;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    void press(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
    }

    /** True on the move that turns the press into a drag. */
    boolean startsDragging(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) {
            dragging = true;
            return true;
        }
        return false;
    }

    boolean isDragging() {
        return dragging;
    }

    /** Pixels moved since the last move of this drag, as {dx, dy}. */
    double[] moved(MouseEvent e) {
        double[] delta = {e.getX() - lastX, e.getY() - lastY};
        lastX = e.getX();
        lastY = e.getY();
        return delta;
    }

    /** Whether the pointer ended farther from the press than a click may wander. */
    boolean movedFarFromPress(MouseEvent e) {
        return Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP;
    }

    void release() {
        dragging = false;
    }
}
