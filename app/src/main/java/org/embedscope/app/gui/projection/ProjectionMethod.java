package org.embedscope.app.gui.projection;

/** The ways the Projection panel can place words on the map. */
public enum ProjectionMethod {
    PCA("PCA"),
    TSNE("t-SNE"),
    UMAP("UMAP"),
    CUSTOM("Custom axes");

    private final String label;

    ProjectionMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
