package org.embedscope.model.search;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.DegenerateQueryException;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.Simd;

/**
 * Exact top-k neighbours over the whole vocabulary under a {@link Metric}. A first pass over the
 * store's {@link Int8Index} bounds every row's score; only rows that can still be in the top k are
 * scored exactly, in double (see {@link BoundedSearch}), so the answer is the exact one and does not
 * depend on the kernel implementation in use. Safe to use from several threads.
 */
public final class NeighborSearch {
    private final VectorStore store;
    private final Kernels kernels;

    public NeighborSearch(VectorStore store) {
        this(store, Simd.kernels());
    }

    /** With a given kernel implementation, to compare the vector and plain ones. */
    public NeighborSearch(VectorStore store, Kernels kernels) {
        this.store = store;
        this.kernels = kernels;
    }

    public VectorStore store() {
        return store;
    }

    /** The k words most similar (cosine) to the given word, the word itself excluded. */
    public List<Neighbor> nearest(String word, int k) {
        return nearest(word, k, Metric.COSINE);
    }

    /** The k words nearest to the given word under the metric, the word itself excluded. */
    public List<Neighbor> nearest(String word, int k, Metric metric) {
        int index = store.require(word);
        double[] raw = toDouble(store.vector(index));
        DegenerateQueryException problem = DegenerateQueryException.check("the vector of '" + word + "'", raw, metric);
        if (problem != null) {
            throw problem;
        }
        double[] query = metric == Metric.COSINE ? store.unitVector(index) : raw;
        return nearest(query, k, metric, new int[] {index});
    }

    /** The k rows with the highest cosine similarity to {@code query}, skipping {@code excluded}. */
    public List<Neighbor> nearest(double[] query, int k, int[] excluded) {
        return nearest(query, k, Metric.COSINE, excluded);
    }

    /**
     * The k rows nearest to {@code query} under the metric, skipping {@code excluded}, nearest first
     * (ties to the more frequent word). Scores are cosines, dot products or (euclidean, manhattan) distances.
     */
    public List<Neighbor> nearest(double[] query, int k, Metric metric, int[] excluded) {
        if (query.length != store.dimension()) {
            throw new IllegalArgumentException("query has " + query.length + " values, the store " + store.dimension());
        }
        Ranked ranked = rank(query, Math.max(0, k), metric, excluded);
        List<Neighbor> result = new ArrayList<>(ranked.rows().length);
        for (int i = 0; i < ranked.rows().length; i++) {
            int row = ranked.rows()[i];
            double score = metric.higherIsNearer() ? ranked.scores()[i] : -ranked.scores()[i];
            result.add(new Neighbor(row, store.word(row), score));
        }
        return result;
    }

    private Ranked rank(double[] query, int k, Metric metric, int[] excluded) {
        return scan(query, metric).top(k, excluded);
    }

    /** The scan behind {@link #nearest(double[], int, Metric, int[])}, for ranks and reuse. */
    public QueryScan scan(double[] query, Metric metric) {
        DegenerateQueryException problem = DegenerateQueryException.check("the query vector", query, metric);
        if (problem != null) {
            throw problem;
        }
        double[] unit = RowNorms.unit(query);
        switch (metric) {
            case COSINE:
                return QueryScan.cosine(store, kernels, unit);
            case DOT:
                return QueryScan.of(store, kernels, new double[][] {unit}, dotBounds(ExactMath.norm(query), false),
                        row -> ExactMath.dot(store, row, query));
            case EUCLIDEAN:
                return QueryScan.of(store, kernels, new double[][] {unit}, dotBounds(ExactMath.norm(query), true),
                        row -> -ExactMath.distance(store, row, query));
            case MANHATTAN:
                return QueryScan.manhattan(store, kernels, query);
            default:
                throw new AssertionError(metric);
        }
    }

    /**
     * Bounds of {@code x . q} (or, for euclidean, of {@code x . q - |x|^2 / 2}, which orders rows like
     * minus the distance) from a cosine bound: scaled by {@code |x| |q|}, with {@code |x|} taken from
     * the float inverse norm and a relative 1e-6 of slack for that and the float arithmetic here.
     */
    private RowBounds dotBounds(double queryNorm, boolean euclidean) {
        float[] inverseNorms = store.inverseNorms();
        float qn = (float) queryNorm;
        return (row, cosines, error, out) -> {
            float inv = inverseNorms[row];
            float xn = inv > 0 ? 1 / inv : 0;
            float scale = xn * qn;
            float centre = cosines[0] * scale;
            float radius = (error + 1e-6f) * scale * 1.000001f;
            if (euclidean) {
                float half = 0.5f * xn * xn;
                centre -= half;
                radius += half * 1e-6f;
            }
            out[0] = centre - radius;
            out[1] = centre + radius;
        };
    }

    private static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
