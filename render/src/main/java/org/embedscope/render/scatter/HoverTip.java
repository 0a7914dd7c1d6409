package org.embedscope.render.scatter;

import javafx.scene.control.Label;

/** The small label that follows the mouse over a scatter and names the point under it. */
final class HoverTip extends Label {
    HoverTip() {
        getStyleClass().add("scatter-hover-label");
        setMouseTransparent(true);
        setVisible(false);
        setManaged(false);
        setStyle("-fx-background-color: rgba(20,22,30,0.92); -fx-text-fill: white;"
                + " -fx-padding: 3 7 3 7; -fx-background-radius: 6; -fx-font-size: 12px;");
    }

    /** Shows {@code text} above and right of (x, y), kept inside a parent {@code width} wide; null hides it. */
    void showAt(String text, double x, double y, double width) {
        if (text == null) {
            setVisible(false);
            return;
        }
        setText(text);
        autosize();
        relocate(Math.min(x + 14, width - getWidth() - 4), Math.max(4, y - getHeight() - 8));
        setVisible(true);
        toFront();
    }
}
