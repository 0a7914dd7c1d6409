package org.embedscope.render.scatter;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Whether the 2D view is moving: every pan or zoom starts or prolongs a motion, which ends once no
 * view change came for {@link #SETTLE_MILLIS}; then the plot draws its exact frame. FX thread only.
 */
final class MotionSettle {
    static final double SETTLE_MILLIS = 120;

    private final PauseTransition quiet = new PauseTransition(Duration.millis(SETTLE_MILLIS));
    private boolean moving;

    /** {@code onSettled} runs when a motion ends. */
    MotionSettle(Runnable onSettled) {
        quiet.setOnFinished(e -> {
            moving = false;
            onSettled.run();
        });
    }

    void moved() {
        moving = true;
        quiet.playFromStart();
    }

    boolean isMoving() {
        return moving;
    }
}
