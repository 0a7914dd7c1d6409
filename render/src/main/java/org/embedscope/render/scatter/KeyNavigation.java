package org.embedscope.render.scatter;

import java.util.function.DoubleConsumer;
import javafx.scene.input.KeyEvent;

/** The 2D plot's keys: + and - zoom, arrows pan by 40 px, 0 fits the data. */
final class KeyNavigation {
    private static final double STEP = 40;

    /** Moves the picture by (dx, dy) pixels. */
    interface Pan {
        void by(double dx, double dy);
    }

    private KeyNavigation() {
    }

    /** Acts on a key press and consumes it, or leaves other keys alone. */
    static void handle(KeyEvent e, DoubleConsumer zoom, Pan pan, Runnable fit) {
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoom.accept(1.25);
            case MINUS, SUBTRACT -> zoom.accept(0.8);
            case LEFT -> pan.by(STEP, 0);
            case RIGHT -> pan.by(-STEP, 0);
            case UP -> pan.by(0, STEP);
            case DOWN -> pan.by(0, -STEP);
            case DIGIT0, NUMPAD0 -> fit.run();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
