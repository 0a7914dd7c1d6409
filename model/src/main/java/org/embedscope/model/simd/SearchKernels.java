package org.embedscope.model.simd;

import org.embedscope.model.numeric.CosMul;

/**
 * The hot loops of neighbour search and batch evaluation, in two interchangeable implementations:
 * one on the Vector API and a plain-Java one (see {@link Simd}). Both
 * compute the same sums in float; their results differ in the last bits (summation order, fused
 * multiply-add), which is why every caller bounds the float error and re-ranks exactly in double.
 *
 * <p>Matrices are laid out in "interleaved groups": {@link #GROUP} consecutive rows stored dimension
 * by dimension, so that one vector load reads the same dimension of all rows of the group.
 */
public interface SearchKernels {
    /** Rows per interleaved group, in the int8 index and in packed GEMM blocks. */
    int GROUP = 16;

    /** Query rows per GEMM tile; callers pad query arrays to a multiple of this with zero rows. */
    int TILE_QUERIES = 6;

    /**
     * Int8 layouts pad their groups to a multiple of this, so that every kernel can step over
     * several groups at a time; a multiple of every implementation's {@link #scanGroups()}.
     */
    int GROUP_ALIGNMENT = 4;

    /**
     * Rows per block of the int8 layout ({@link #GROUP_ALIGNMENT} groups): a block is stored
     * dimension by dimension, so that one dimension of all its rows is one 64-byte cache line and a
     * scan reads each block as a single forward stream.
     */
    int INT8_BLOCK = GROUP * GROUP_ALIGNMENT;

    /** Where the int8 layout keeps the code of row {@code row}, dimension {@code d}. */
    static int int8Offset(int row, int d, int dim) {
        return (row / INT8_BLOCK * dim + d) * INT8_BLOCK + row % INT8_BLOCK;
    }

    /** Groups per step of the int8 scans: their group ranges must be multiples of it. */
    int scanGroups();

    /**
     * Dot products of {@code queryCount} float queries (row-major, {@code dim} values each) with the
     * int8 codes (laid out as {@link #int8Offset} says) of groups {@code [fromGroup, toGroup)}; writes
     * {@code out[((g - fromGroup) * queryCount + j) * GROUP + lane]}.
     */
    void int8Dots(byte[] codes, int dim, int fromGroup, int toGroup, float[] queries, int queryCount, float[] out);

    /**
     * First pass of a cosine search over groups {@code [fromGroup, toGroup)}: each row's
     * approximation {@code a = dot(codes, query) * factor[row]} with error bound {@code error[row]};
     * rows whose upper bound reaches the sink's threshold are offered as {@code (a - e, a + e)}.
     */
    void int8CosineScan(byte[] codes, int dim, int fromGroup, int toGroup, float[] query,
            float[] factor, float[] error, BoundSink sink);

    /**
     * First pass of a manhattan (L1) search over groups {@code [fromGroup, toGroup)}: each row's
     * approximate distance {@code a = sum_d |scale[row] * code_d - query[d]|}, computed in float,
     * is off from the row's exact distance by at most {@code e = error[row] + relative * a + constant};
     * the score is minus the distance, so rows whose upper bound {@code e - a} reaches the sink's
     * threshold are offered as {@code (-a - e, e - a)}.
     */
    void int8ManhattanScan(byte[] codes, int dim, int fromGroup, int toGroup, float[] query, float[] scale,
            float[] error, float relative, float constant, BoundSink sink);

    /**
     * Packs rows {@code [fromRow, fromRow + groups * GROUP)} of a row-major matrix into interleaved
     * groups, each row multiplied by {@code rowScale[row]} (the inverse norm, to pack unit rows), with
     * zeros for rows at or past {@code rowLimit}.
     */
    default void pack(float[] matrix, int dim, int fromRow, int groups, int rowLimit, float[] rowScale, float[] packed) {
        for (int g = 0; g < groups; g++) {
            for (int lane = 0; lane < GROUP; lane++) {
                int row = fromRow + g * GROUP + lane;
                int to = g * dim * GROUP + lane;
                if (row < rowLimit) {
                    int from = row * dim;
                    float scale = rowScale[row];
                    for (int d = 0; d < dim; d++) {
                        packed[to + d * GROUP] = matrix[from + d] * scale;
                    }
                } else {
                    for (int d = 0; d < dim; d++) {
                        packed[to + d * GROUP] = 0f;
                    }
                }
            }
        }
    }

    /**
     * Dense block product: {@code out[q * rows + r]} = dot product of query row {@code q} (row-major,
     * {@code dim} values each) with packed row {@code r}, for {@code rows = groups * GROUP}.
     *
     * @param queryCount a multiple of {@link #TILE_QUERIES} (pad with zero rows)
     * @param groups     a multiple of {@link #tileGroups()}
     */
    void gemm(float[] queries, int queryCount, int dim, float[] packed, int groups, float[] out);

    /**
     * 3CosAdd from word scores: with {@code scores} the cosines of unit word vectors (rows) with a
     * block of unit store rows (columns, {@code rows} of them, a multiple of {@link #GROUP}, the first
     * being store row {@code firstRow}), as {@link #gemm} writes them, question {@code i} scores a row
     * {@code (s[b] - s[a] + s[c]) * scale[i]} for its word slots {@code a = slots[3i]},
     * {@code b = slots[3i + 1]}, {@code c = slots[3i + 2]}: the cosine with {@code unit(b - a + c)}.
     * Offers {@code (i, row, score - bound[i], score + bound[i])} when the upper bound reaches the
     * question's threshold.
     */
    default void combineAdd(float[] scores, int rows, int firstRow, int[] slots, int questions, float[] scale,
            float[] bound, QuestionSink sink) {
        for (int i = 0; i < questions; i++) {
            combineAdd(scores, rows, firstRow, slots[3 * i] * rows, slots[3 * i + 1] * rows, slots[3 * i + 2] * rows,
                    scale[i], bound[i], i, sink);
        }
    }

    /** {@link #combineAdd} for one question, its word scores from offsets {@code a}, {@code b}, {@code c}. */
    void combineAdd(float[] scores, int rows, int firstRow, int a, int b, int c, float scale, float bound,
            int question, QuestionSink sink);

    /**
     * 3CosMul from word scores (see {@link #combineAdd}), {@link CosMul}'s score bounded by its
     * interval arithmetic from each cosine's error {@code bound}, offered when its upper bound
     * reaches the question's threshold.
     */
    default void combineMul(float[] scores, int rows, int firstRow, int[] slots, int questions, float bound,
            QuestionSink sink) {
        float radius = CosMul.pRadius(bound);
        for (int i = 0; i < questions; i++) {
            combineMul(scores, rows, firstRow, slots[3 * i] * rows, slots[3 * i + 1] * rows, slots[3 * i + 2] * rows,
                    radius, i, sink);
        }
    }

    /**
     * {@link #combineMul} for one question, its word scores from offsets {@code a}, {@code b},
     * {@code c}, with {@code radius} from {@link CosMul#pRadius}.
     */
    void combineMul(float[] scores, int rows, int firstRow, int a, int b, int c, float radius, int question,
            QuestionSink sink);

    /** Packed groups per GEMM tile; block sizes must be multiples of it. */
    int tileGroups();
}
