package org.embedscope.model.search;

import java.util.Map;
import java.util.WeakHashMap;
import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.simd.SearchKernels;

/**
 * A compressed copy of a store for the first pass of a search: each row as int8 codes times a
 * per-row scale ({@code x ~ scale * code}, scale = max|x| / 127), in blocks of
 * {@link SearchKernels#INT8_BLOCK} rows stored dimension by dimension ({@link SearchKernels#int8Offset}). It costs a quarter of the float rows plus two floats per row, and is
 * built once per store, on first use, in parallel.
 *
 * <p>For each row it keeps a bound on how far the approximate cosine
 * {@code dot(codes, q) * cosineFactor} can be from the exact cosine with any unit query q: the
 * residual's norm {@code e = |x - scale * codes|} bounds {@code |q . (x - scale * codes)|}
 * (Cauchy-Schwarz), and {@code (dim + 10) * 2^-24 * (|x| + e)} bounds the float rounding of the
 * approximate dot product (a sum of dim products, the query rounded to float, two multiplications),
 * all divided by {@code |x|}. A search that keeps every row whose upper bound reaches the k-th best
 * lower bound therefore never loses a row of the exact top k.
 */
public final class Int8Index {
    private static final Map<VectorStore, Int8Index> CACHE = new WeakHashMap<>();
    private static final double UNIT_ROUNDOFF = 0x1p-24;
    private static final int ROWS_PER_TASK = 4096;

    private final int rows;
    private final int dimension;
    private final byte[] codes;
    private final float[] cosineFactor;
    private final float[] cosineError;

    private Int8Index(int rows, int dimension, byte[] codes, float[] cosineFactor, float[] cosineError) {
        this.rows = rows;
        this.dimension = dimension;
        this.codes = codes;
        this.cosineFactor = cosineFactor;
        this.cosineError = cosineError;
    }

    /** The index of a store, built on first request; concurrent callers wait for one build. */
    public static Int8Index of(VectorStore store) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(store, Int8Index::build);
        }
    }

    static Int8Index build(VectorStore store) {
        int rows = store.size();
        int dim = store.dimension();
        int align = SearchKernels.GROUP * SearchKernels.GROUP_ALIGNMENT;
        int groups = (rows + align - 1) / align * SearchKernels.GROUP_ALIGNMENT;
        int padded = groups * SearchKernels.GROUP;
        byte[] codes = new byte[groups * dim * SearchKernels.GROUP];
        float[] factor = new float[padded];
        float[] error = new float[padded];
        float[] vectors = store.rawVectors();
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        ParallelFor.range(tasks, task -> {
            int end = Math.min(rows, (task + 1) * ROWS_PER_TASK);
            for (int row = task * ROWS_PER_TASK; row < end; row++) {
                quantize(vectors, row, dim, codes, factor, error);
            }
        });
        return new Int8Index(rows, dim, codes, factor, error);
    }

    private static void quantize(float[] vectors, int row, int dim, byte[] codes, float[] factor, float[] error) {
        int base = row * dim;
        float max = 0;
        for (int d = 0; d < dim; d++) {
            max = Math.max(max, Math.abs(vectors[base + d]));
        }
        if (max == 0) {
            return; // an all-zero row: codes, factor and error stay 0, its cosine is 0 exactly
        }
        // any rounding to a code will do, the residual below is measured from the codes chosen;
        // rint compiles to one instruction, a rounding that branches on the sign mispredicts
        float toCode = 127 / max;
        double scale = max / 127.0;
        double residual = 0;
        int out = SearchKernels.int8Offset(row, 0, dim);
        for (int d = 0; d < dim; d++) {
            float v = vectors[base + d];
            int code = Math.max(-127, Math.min(127, (int) Math.rint(v * toCode)));
            codes[out + d * SearchKernels.INT8_BLOCK] = (byte) code;
            double r = v - scale * code;
            residual += r * r;
        }
        double norm = Math.sqrt(RowNorms.squaredNorm(vectors, base, dim));
        double e = Math.sqrt(residual) * (1 + 1e-12);
        double bound = (e + (dim + 10) * UNIT_ROUNDOFF * (norm + e)) / norm * (1 + 1e-6);
        factor[row] = (float) (scale / norm);
        error[row] = Math.nextUp((float) bound);
    }

    public int rows() {
        return rows;
    }

    public int dimension() {
        return dimension;
    }

    public int groups() {
        return codes.length / (dimension * SearchKernels.GROUP);
    }

    /** The codes, row r and dimension d at {@link SearchKernels#int8Offset}. Never modify. */
    byte[] codes() {
        return codes;
    }

    /** Per row, {@code scale / |x|}: multiplies a code dot product into an approximate cosine. */
    float[] cosineFactor() {
        return cosineFactor;
    }

    /** Per row, the bound on the approximate cosine's error for any unit query. */
    float[] cosineError() {
        return cosineError;
    }

    /** Bytes held, for reports. */
    public long bytes() {
        return codes.length + 4L * (cosineFactor.length + cosineError.length);
    }
}
