package org.embedscope.model.umap;

/**
 * A symmetric weighted graph in compressed rows: the neighbours of point i are
 * {@code targets[offsets[i] .. offsets[i + 1])}, sorted, with their membership strengths in
 * {@code weights}. Every edge i-j is stored in both rows with the same weight.
 */
public record UmapGraph(int points, int[] offsets, int[] targets, float[] weights) {
    public UmapGraph {
        if (offsets.length != points + 1 || targets.length != weights.length || offsets[points] != targets.length) {
            throw new IllegalArgumentException("offsets must cover " + points + " rows of the edge arrays");
        }
    }

    public int edges() {
        return targets.length;
    }

    public int degree(int point) {
        return offsets[point + 1] - offsets[point];
    }

    /** The weight of edge i-j, 0 when absent. */
    public float weight(int i, int j) {
        for (int e = offsets[i]; e < offsets[i + 1]; e++) {
            if (targets[e] == j) {
                return weights[e];
            }
        }
        return 0;
    }

    public float maxWeight() {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, w);
        }
        return max;
    }
}
