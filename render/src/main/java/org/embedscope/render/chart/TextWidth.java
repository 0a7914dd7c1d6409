package org.embedscope.render.chart;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The width a string takes in a font, for placing text on a canvas. */
final class TextWidth {
    private static final Text MEASURE = new Text();

    private TextWidth() {
    }

    static double of(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
