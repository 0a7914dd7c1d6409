package org.embedscope.app.gui.projection;

import java.util.List;
import org.embedscope.model.Metric;
import org.embedscope.model.projection.TsneSpec;
import org.embedscope.model.projection.UmapSpec;

/**
 * The Map panel's projection inputs: the method, every method's settings (kept while another method
 * is chosen), and which words to project.
 *
 * @param components   PCA: 1-based components for x, y and z
 * @param learningRate t-SNE: {@link TsneSpec#AUTO_LEARNING_RATE} for auto
 * @param axes         custom: expressions for x, y and z
 * @param firstCount   with {@link WordSource#FIRST}: how many
 * @param wordList     with {@link WordSource#LIST}: the words, one per line
 * @param umapNeighbours UMAP: neighbours per word; like the other UMAP fields boxed, so that a
 *                     session saved before UMAP existed (the field missing, read as null) gets the default
 * @param umapMinDist  UMAP: minimum distance on the map
 * @param umapRepulsion UMAP: repulsion strength
 * @param umapEpochs   UMAP: epochs, {@link UmapSpec#AUTO_EPOCHS} for auto; the seed is {@code seed}, shared with t-SNE
 */
public record ProjectionState(ProjectionMethod method, int dims, List<Integer> components, double perplexity,
                              double learningRate, int iterations, int seed, Metric tsneMetric, List<String> axes,
                              WordSource words, int firstCount, String wordList, Integer umapNeighbours,
                              Double umapMinDist, Integer umapEpochs, Double umapRepulsion) {
    public static final ProjectionState DEFAULT = new ProjectionState(ProjectionMethod.PCA, 2, List.of(1, 2, 3), 30,
            TsneSpec.AUTO_LEARNING_RATE, 1000, 0, Metric.COSINE, List.of("he - she", "rich - poor", "good - bad"),
            WordSource.ALL, 10_000, "", UmapSpec.DEFAULT_NEIGHBOURS, UmapSpec.DEFAULT_MIN_DIST, UmapSpec.AUTO_EPOCHS,
            UmapSpec.DEFAULT_REPULSION);

    public ProjectionState {
        components = List.copyOf(components);
        axes = List.copyOf(axes);
        umapNeighbours = umapNeighbours == null ? UmapSpec.DEFAULT_NEIGHBOURS : umapNeighbours;
        umapMinDist = umapMinDist == null ? UmapSpec.DEFAULT_MIN_DIST : umapMinDist;
        umapEpochs = umapEpochs == null ? UmapSpec.AUTO_EPOCHS : umapEpochs;
        umapRepulsion = umapRepulsion == null ? UmapSpec.DEFAULT_REPULSION : umapRepulsion;
        if (components.size() != 3 || axes.size() != 3) {
            throw new IllegalArgumentException("three components and three axes, one per possible dimension");
        }
    }
}
