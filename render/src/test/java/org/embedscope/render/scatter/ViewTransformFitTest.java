package org.embedscope.render.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fitting puts the data in the view less the room kept free for overlays, by hand-computed numbers. */
class ViewTransformFitTest {
    @Test
    void dataFillsTheViewLessItsMarginWithoutRoom() {
        ViewTransform view = new ViewTransform();
        view.resize(1000, 600);
        view.fit(-1, 1, -1, 1, 50);
        // 500 usable pixels of height for 2 units: 250 px a unit; the data's middle in the view's middle.
        assertEquals(250, view.viewport().pixelsPerUnit(), 1e-9);
        assertEquals(500, view.toScreenX(0), 1e-9);
        assertEquals(300, view.toScreenY(0), 1e-9);
    }

    @Test
    void roomOnTheLeftMovesTheDataRightAndShrinksItToFit() {
        ViewTransform view = new ViewTransform();
        view.resize(1000, 600);
        view.fit(-1, 1, -1, 1, 50, new PlotStyle.FitRoom(400, 0, 100, 0));
        // Usable: x from 450 to 850 (400 px), y from 50 to 550 (500 px): 200 px a unit, centred at 650.
        assertEquals(200, view.viewport().pixelsPerUnit(), 1e-9);
        assertEquals(650, view.toScreenX(0), 1e-9);
        assertEquals(450, view.toScreenX(-1), 1e-9);
        assertEquals(300, view.toScreenY(0), 1e-9);
    }

    @Test
    void roomThatWouldLeaveTooLittleMapIsIgnored() {
        ViewTransform view = new ViewTransform();
        view.resize(1000, 600);
        view.fit(-1, 1, -1, 1, 50, new PlotStyle.FitRoom(800, 0, 0, 0));
        assertEquals(500, view.toScreenX(0), 1e-9);
    }
}
