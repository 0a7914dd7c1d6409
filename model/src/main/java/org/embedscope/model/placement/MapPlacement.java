package org.embedscope.model.placement;

import java.util.List;
import org.embedscope.model.DegenerateQueryException;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.knn.QueryNeighbours;
import org.embedscope.model.projection.CustomAxesSpec;
import org.embedscope.model.projection.ProjectionSpec;
import org.embedscope.model.projection.TsneSpec;
import org.embedscope.model.projection.UmapSpec;
import org.embedscope.model.tsne.TsnePlacement;
import org.embedscope.model.umap.CurveFit;
import org.embedscope.model.umap.UmapPlacement;

/**
 * Puts a new vector (a word that is not on the map, or an expression such as king - man + woman)
 * onto a finished map without recomputing it: t-SNE and UMAP maps by their own cost with the map
 * held still ({@link TsnePlacement}, {@link UmapPlacement}), PCA and custom-axes maps exactly.
 */
public final class MapPlacement {
    private MapPlacement() {
    }

    /**
     * @param rows      the store rows on the map, in map order
     * @param positions their places on the map, row-major {@code rows.length x dims}
     * @param spec      how the map was made
     * @param vector    the vector to place (raw, as the store's rows), of the store's dimension
     * @param what      how to name the vector in a message ("king - man + woman")
     * @return the new point's position, {@code dims} values
     * @throws DegenerateQueryException when the vector cannot be compared with the words (zero, NaN)
     */
    public static float[] place(VectorStore store, int[] rows, float[] positions, int dims, ProjectionSpec spec,
            double[] vector, String what, Progress progress) {
        int n = rows.length;
        int dimension = store.dimension();
        if (n < 2 || (long) n * dims != positions.length) {
            throw new IllegalArgumentException("a map of " + n + " points cannot take a new one");
        }
        if (vector.length != dimension) {
            throw new IllegalArgumentException(what + " has " + vector.length + " values, the words " + dimension);
        }
        Metric metric = spec instanceof TsneSpec tsne ? tsne.metric()
                : spec instanceof UmapSpec umap ? umap.metric()
                : spec instanceof CustomAxesSpec ? Metric.COSINE : Metric.EUCLIDEAN;
        DegenerateQueryException degenerate = DegenerateQueryException.check(what, vector, metric);
        if (degenerate != null) {
            throw degenerate;
        }
        float[] data = store.rawVectors();
        double[] position;
        if (spec instanceof TsneSpec) {
            QueryNeighbours near = QueryNeighbours.of(data, dimension, rows, vector, TsnePlacement.NEIGHBOURS, metric);
            position = TsnePlacement.place(positions, n, dims, near, metric, progress);
        } else if (spec instanceof UmapSpec umap) {
            QueryNeighbours near = QueryNeighbours.of(data, dimension, rows, vector, umap.neighbours(), metric);
            position = UmapPlacement.place(positions, n, dims, near, CurveFit.of(umap.minDist(), umap.spread()),
                    umap.repulsion(), progress);
        } else if (spec instanceof CustomAxesSpec custom) {
            position = onAxes(store, custom.axes(), vector);
        } else {
            position = AffinePlacement.place(data, dimension, rows, positions, dims, vector);
        }
        float[] result = new float[dims];
        for (int c = 0; c < dims; c++) {
            result[c] = (float) position[c];
        }
        return result;
    }

    /** A custom-axes map puts a word at its cosines with the axes. */
    private static double[] onAxes(VectorStore store, List<String> axes, double[] vector) {
        double[] position = new double[axes.size()];
        double norm = Math.sqrt(dot(vector, vector));
        for (int a = 0; a < axes.size(); a++) {
            double[] axis = VectorExpression.parse(axes.get(a), store).evaluate(WordForm.RAW);
            position[a] = dot(vector, axis) / (norm * Math.sqrt(dot(axis, axis)));
        }
        return position;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
