package org.embedscope.app.gui;

import javafx.geometry.Rectangle2D;
import org.embedscope.app.settings.WindowBounds;

/**
 * Where the main window opens: where the user left it, if that is still on a screen, else a size
 * that suits the screen (up to 1400 x 880) in its middle. Never larger than the screen's usable
 * area, so that a 1280 x 720 projector shows the whole window.
 */
final class WindowPlacement {
    static final double PREFERRED_WIDTH = 1400;
    static final double PREFERRED_HEIGHT = 880;
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 500;
    /** Of a remembered window, this much must be on the screen for it to open there again. */
    private static final double VISIBLE_PART = 100;

    private WindowPlacement() {
    }

    /**
     * @param screen the usable area (visual bounds) of the screen the window opens on
     * @param saved  where the window was last time, or null
     */
    static WindowBounds initial(Rectangle2D screen, WindowBounds saved) {
        if (saved != null && onScreen(screen, saved)) {
            double width = clamp(saved.width(), Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
            double height = clamp(saved.height(), Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
            double x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width);
            double y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height);
            return new WindowBounds(x, y, width, height, saved.maximized());
        }
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        if (width == screen.getWidth() || height == screen.getHeight()) {
            // A small screen: fill it, leaving nothing off its edges.
            return new WindowBounds(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), false);
        }
        return new WindowBounds(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    /** The smallest window that still works, limited by the screen. */
    static double minWidth(Rectangle2D screen) {
        return Math.min(MIN_WIDTH, screen.getWidth());
    }

    static double minHeight(Rectangle2D screen) {
        return Math.min(MIN_HEIGHT, screen.getHeight());
    }

    private static boolean onScreen(Rectangle2D screen, WindowBounds saved) {
        if (!(saved.width() > 0) || !(saved.height() > 0) || !Double.isFinite(saved.x()) || !Double.isFinite(saved.y())) {
            return false;
        }
        double overlapX = Math.min(screen.getMaxX(), saved.x() + saved.width()) - Math.max(screen.getMinX(), saved.x());
        double overlapY = Math.min(screen.getMaxY(), saved.y() + saved.height()) - Math.max(screen.getMinY(), saved.y());
        return overlapX >= VISIBLE_PART && overlapY >= VISIBLE_PART;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
