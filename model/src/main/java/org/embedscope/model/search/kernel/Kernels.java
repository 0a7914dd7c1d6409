package org.embedscope.model.search.kernel;

/**
 * The hot loops of neighbour search and batch evaluation, in two interchangeable implementations:
 * one on the Vector API and a plain-Java one used when that incubator module is absent. Both
 * compute the same sums in float; their results differ in the last bits (summation order, fused
 * multiply-add), which is why every caller bounds the float error and re-ranks exactly in double.
 *
 * <p>Matrices are laid out in "interleaved groups": {@link #GROUP} consecutive rows stored dimension
 * by dimension, so that one vector load reads the same dimension of all rows of the group.
 */
public interface Kernels {
    /** Rows per interleaved group, in the int8 index and in packed GEMM blocks. */
    int GROUP = 16;

    /** Query rows per GEMM tile; callers pad query arrays to a multiple of this with zero rows. */
    int TILE_QUERIES = 6;

    /**
     * Int8 layouts pad their groups to a multiple of this, so that every kernel can step over
     * several groups at a time; a multiple of every implementation's {@link #scanGroups()}.
     */
    int GROUP_ALIGNMENT = 4;

    /** Which implementation and vector width is in use, for reports. */
    String name();

    /** Groups per step of the int8 scans: their group ranges must be multiples of it. */
    int scanGroups();

    /**
     * Dot products of {@code queryCount} float queries (row-major, {@code dim} values each) with the
     * int8 codes of groups {@code [fromGroup, toGroup)}; writes
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
     * Packs rows {@code [fromRow, fromRow + groups * GROUP)} of a row-major matrix into interleaved
     * groups, with zeros for rows at or past {@code rowLimit}.
     */
    default void pack(float[] matrix, int dim, int fromRow, int groups, int rowLimit, float[] packed) {
        for (int g = 0; g < groups; g++) {
            for (int lane = 0; lane < GROUP; lane++) {
                int row = fromRow + g * GROUP + lane;
                int to = g * dim * GROUP + lane;
                if (row < rowLimit) {
                    int from = row * dim;
                    for (int d = 0; d < dim; d++) {
                        packed[to + d * GROUP] = matrix[from + d];
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
     * 3CosAdd block: cosine of each query (unit, one per question) with each packed row, as
     * {@code dot * rowScale[row]} with absolute error at most {@code bound}; offers
     * {@code (question, row, a - bound, a + bound)} when {@code a + bound} reaches the question's threshold.
     *
     * @param groups   packed groups, a multiple of {@link #tileGroups()}
     * @param firstRow store row of the first packed row (rowScale is indexed by store row)
     */
    void gemmAdd(float[] queries, int questions, int firstQuestion, int dim, float[] packed, int groups,
            int firstRow, float[] rowScale, float bound, QuestionSink sink);

    /**
     * 3CosMul block: three query rows per question (unit a, b, c); the score
     * {@code pb * pc / (pa + 1e-6)} with {@code p = (1 + cos) / 2} is bounded by interval arithmetic
     * from each cosine's error {@code bound}, and offered when its upper bound reaches the threshold.
     */
    void gemmMul(float[] queries, int questions, int firstQuestion, int dim, float[] packed, int groups,
            int firstRow, float[] rowScale, float bound, QuestionSink sink);

    /** Packed groups per GEMM tile; block sizes must be multiples of it. */
    int tileGroups();
}
