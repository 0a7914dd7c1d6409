package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.embedscope.app.settings.WindowBounds;
import org.junit.jupiter.api.Test;

/** Where the window opens, for screens from a projector's 1280 x 720 to a large desktop. */
class WindowPlacementTest {
    private static void assertInside(Rectangle2D screen, WindowBounds window) {
        assertTrue(window.x() >= screen.getMinX() && window.y() >= screen.getMinY(), window + " on " + screen);
        assertTrue(window.x() + window.width() <= screen.getMaxX() + 1e-9, window + " on " + screen);
        assertTrue(window.y() + window.height() <= screen.getMaxY() + 1e-9, window + " on " + screen);
    }

    @Test
    void onAProjectorTheWholeWindowIsOnTheScreen() {
        // 1280 x 720 with a 32-pixel panel at the top: what the projector's desktop leaves usable.
        Rectangle2D projector = new Rectangle2D(0, 32, 1280, 688);
        WindowBounds window = WindowPlacement.initial(projector, null);
        assertInside(projector, window);
        assertEquals(688, window.height());
        assertTrue(WindowPlacement.minHeight(projector) <= 688);
    }

    @Test
    void onALargeScreenItOpensAtItsPreferredSizeInTheMiddle() {
        Rectangle2D desktop = new Rectangle2D(0, 0, 2560, 1440);
        WindowBounds window = WindowPlacement.initial(desktop, null);
        assertEquals(new WindowBounds(580, 280, 1400, 880, false), window);
    }

    @Test
    void itReopensWhereItWasLeftAndShrinksToASmallerScreen() {
        Rectangle2D desktop = new Rectangle2D(0, 0, 1920, 1080);
        WindowBounds left = new WindowBounds(100, 50, 1000, 700, false);
        assertEquals(left, WindowPlacement.initial(desktop, left));
        Rectangle2D small = new Rectangle2D(0, 0, 1280, 720);
        WindowBounds big = new WindowBounds(200, 100, 1800, 1000, true);
        WindowBounds shrunk = WindowPlacement.initial(small, big);
        assertInside(small, shrunk);
        assertTrue(shrunk.maximized());
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensOnThisOne() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 768);
        WindowBounds onSecondMonitor = new WindowBounds(2400, 200, 1200, 800, false);
        WindowBounds window = WindowPlacement.initial(laptop, onSecondMonitor);
        assertInside(laptop, window);
        WindowBounds broken = new WindowBounds(Double.NaN, 0, -5, 800, false);
        assertInside(laptop, WindowPlacement.initial(laptop, broken));
    }
}
