package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.SampledRecall;
import org.embedscope.model.projection.ProjectionFrame;
import org.embedscope.model.projection.ProjectionListener;

/**
 * `project --recall-sample N`: when t-SNE has found its input neighbours, their recall against exact
 * neighbours of N sampled words, measured at once (the run lets go of the graph afterwards) and
 * timed apart, so that the run's own seconds leave it out.
 */
final class NeighbourRecall implements ProjectionListener {
    private final VectorStore store;
    private final Integer sample;
    private final long seed;
    private final Progress progress;
    private double recall = Double.NaN;
    private int k;
    private double seconds;

    /** @param sample how many words to check, or null to measure nothing */
    NeighbourRecall(VectorStore store, Integer sample, long seed, Progress progress) {
        this.store = store;
        this.sample = sample;
        this.seed = seed;
        this.progress = progress;
    }

    @Override
    public void onFrame(int[] rows, ProjectionFrame frame) {
    }

    @Override
    public void onInputNeighbours(int[] rows, KnnGraph graph) {
        if (sample == null) {
            return;
        }
        long start = System.nanoTime();
        progress.update(-1, "measuring the recall of the input neighbours");
        recall = SampledRecall.of(graph, store.rowsOf(rows), store.dimension(), sample, seed, Progress.NONE);
        k = graph.k();
        seconds = (System.nanoTime() - start) / 1e9;
    }

    /** Seconds spent measuring, 0 when nothing was. */
    double seconds() {
        return seconds;
    }

    void report(ObjectNode result) {
        if (!Double.isNaN(recall)) {
            result.put("input_neighbour_recall", JsonOutput.round(recall, 4));
            result.put("input_neighbours", k);
            result.put("recall_sample", Math.min(sample, store.size()));
            result.put("recall_seconds", JsonOutput.round(seconds, 3));
        }
    }
}
