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
 * {@link SearchKernels#INT8_BLOCK} rows stored dimension by dimension
 * ({@link SearchKernels#int8Offset}). It costs a quarter of the float rows plus four floats per row,
 * and is built once per store, on first use, in parallel.
 *
 * <p>For each row it keeps a bound on how far the approximate cosine
 * {@code dot(codes, q) * cosineFactor} can be from the exact cosine with any unit query q: the
 * residual's norm {@code e = |x - scale * codes|} bounds {@code |q . (x - scale * codes)|}
 * (Cauchy-Schwarz), and {@code (dim + 10) * 2^-24 * (|x| + e)} bounds the float rounding of the
 * approximate dot product (a sum of dim products, the query rounded to float, two multiplications),
 * all divided by {@code |x|}. A search that keeps every row whose upper bound reaches the k-th best
 * lower bound therefore never loses a row of the exact top k.
 *
 * <p>For manhattan distances, with {@code xh = scale * codes} and u = 2^-24: the approximation
 * {@code a = sum |fl(scale * code) - fl(q)|} summed in float is within {@code |x - xh|_1} of
 * {@code |xh - q|_1} apart from rounding, which the rules of float arithmetic bound by
 * {@code u (|xh|_1 + |q|_1)} (the products, the query rounded to float, the subtractions) plus
 * {@code (dim + 3) u a} (the dim additions); the index keeps the per-row part as
 * {@link #manhattanError()}, and {@link #manhattanRelative()} and {@link #manhattanConstant} add
 * the rest, with slack for the float arithmetic of the bound itself.
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
    private final float[] scale;
    private final float[] manhattanError;

    private Int8Index(int rows, int dimension, byte[] codes, float[] cosineFactor, float[] cosineError, float[] scale,
            float[] manhattanError) {
        this.rows = rows;
        this.dimension = dimension;
        this.codes = codes;
        this.cosineFactor = cosineFactor;
        this.cosineError = cosineError;
        this.scale = scale;
        this.manhattanError = manhattanError;
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
        Int8Index index = new Int8Index(rows, dim, new byte[groups * dim * SearchKernels.GROUP], new float[padded],
                new float[padded], new float[padded], new float[padded]);
        float[] vectors = store.rawVectors();
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        ParallelFor.range(tasks, task -> {
            int end = Math.min(rows, (task + 1) * ROWS_PER_TASK);
            for (int row = task * ROWS_PER_TASK; row < end; row++) {
                index.quantize(vectors, row);
            }
        });
        return index;
    }

    private void quantize(float[] vectors, int row) {
        int dim = dimension;
        int base = row * dim;
        float max = 0;
        for (int d = 0; d < dim; d++) {
            max = Math.max(max, Math.abs(vectors[base + d]));
        }
        if (max == 0) {
            return; // an all-zero row: codes, scales and errors stay 0, its cosine is 0 exactly
        }
        // any rounding to a code will do, the residual below is measured from the codes chosen;
        // rint compiles to one instruction, a rounding that branches on the sign mispredicts
        float toCode = 127 / max;
        double exactScale = max / 127.0;
        float floatScale = (float) exactScale;
        double residual = 0;
        double absoluteResidual = 0;
        long absoluteCodes = 0;
        int out = SearchKernels.int8Offset(row, 0, dim);
        for (int d = 0; d < dim; d++) {
            float v = vectors[base + d];
            int code = Math.max(-127, Math.min(127, (int) Math.rint(v * toCode)));
            codes[out + d * SearchKernels.INT8_BLOCK] = (byte) code;
            double r = v - exactScale * code;
            residual += r * r;
            absoluteResidual += Math.abs(v - (double) floatScale * code);
            absoluteCodes += Math.abs(code);
        }
        double norm = Math.sqrt(RowNorms.squaredNorm(vectors, base, dim));
        double e = Math.sqrt(residual) * (1 + 1e-12);
        double bound = (e + (dim + 10) * UNIT_ROUNDOFF * (norm + e)) / norm * (1 + 1e-6);
        cosineFactor[row] = (float) (exactScale / norm);
        cosineError[row] = Math.nextUp((float) bound);
        scale[row] = floatScale;
        double manhattan = absoluteResidual * (1 + 1e-12) + 1.01 * UNIT_ROUNDOFF * floatScale * absoluteCodes;
        manhattanError[row] = Math.nextUp((float) (manhattan * (1 + 1e-6)));
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

    /** Per row, the float scale of its codes. */
    float[] scale() {
        return scale;
    }

    /** Per row, the part of the bound on the approximate manhattan distance's error that is the row's. */
    float[] manhattanError() {
        return manhattanError;
    }

    /** The part of that bound proportional to the approximate distance. */
    float manhattanRelative() {
        return Math.nextUp((float) ((dimension + 8) * UNIT_ROUNDOFF * 1.01));
    }

    /** The part of that bound that is the query's. */
    static float manhattanConstant(double[] query) {
        double sum = 0;
        for (double q : query) {
            sum += Math.abs(q);
        }
        return Math.nextUp((float) (1.01 * UNIT_ROUNDOFF * sum * (1 + 1e-6)));
    }

    /** Bytes held, for reports. */
    public long bytes() {
        return codes.length + 4L * (cosineFactor.length + cosineError.length + scale.length + manhattanError.length);
    }
}
