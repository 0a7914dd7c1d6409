package org.embedscope.app.gui.projection;

/** What the colour of a point on the map means. */
public enum ColoringMode {
    RANK("Frequency rank"),
    CLUSTERS("k-means clusters"),
    FAITHFULNESS("Faithfulness of the map"),
    METADATA("A metadata column");

    private final String label;

    ColoringMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
