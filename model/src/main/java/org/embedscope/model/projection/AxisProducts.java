package org.embedscope.model.projection;

import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.simd.MatrixKernel;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * The dot products of every row with a few axes, block by block on all cores with the matrix
 * kernel: the shared step of projecting rows on principal components or on custom axes.
 */
final class AxisProducts {
    private static final int ROWS_PER_BLOCK = 4096;

    /** Receives the products of rows {@code [start, start + count)}: row r's at {@code dots[r * width + axis]}. */
    interface Block {
        void accept(int start, int count, float[] dots);
    }

    private AxisProducts() {
    }

    /**
     * @param axesByColumn {@code dimension x width}, axis a in column a, zero columns after the axes
     * @param width        a multiple of {@link MatrixKernel#COLUMN_QUANTUM}
     */
    static void forEachBlock(float[] data, int rows, int dimension, float[] axesByColumn, int width,
            Progress progress, Block block) {
        MatrixKernel kernel = Simd.ready(Workload.MATRIX).matrix();
        ParallelFor.chunks(rows, ROWS_PER_BLOCK, progress, c -> {
            int start = c * ROWS_PER_BLOCK;
            int count = Math.min(rows, start + ROWS_PER_BLOCK) - start;
            float[] dots = new float[count * width];
            kernel.multiplyAdd(count, width, dimension, data, start * dimension, dimension, 1,
                    axesByColumn, 0, width, dots, 0, width);
            block.accept(start, count, dots);
        });
    }
}
