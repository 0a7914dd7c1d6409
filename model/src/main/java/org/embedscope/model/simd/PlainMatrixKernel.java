package org.embedscope.model.simd;

/**
 * Plain-Java matrix kernel, for JVMs without the Vector API module. A 2 x 4 register tile of locals keeps
 * the JIT from re-reading {@code c} on every step (it cannot prove the arrays never alias).
 * Sums run in the same order as the SIMD kernel, which only differs by fusing each multiply-add.
 */
final class PlainMatrixKernel implements MatrixKernel {
    @Override
    public void multiplyAdd(int m, int n, int depth,
                            float[] a, int aOff, int aRow, int aCol,
                            float[] b, int bOff, int bRow,
                            float[] c, int cOff, int cRow) {
        int i = 0;
        for (; i + 2 <= m; i += 2) {
            for (int j = 0; j < n; j += 4) {
                tile2x4(depth, a, aOff + i * aRow, aRow, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j, cRow);
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j += 4) {
                tile2x4(depth, a, aOff + i * aRow, 0, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j, 0);
            }
        }
    }

    @Override
    public float dot(float[] a, int aOff, float[] b, int bOff, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int i = 0; i < length; i += 4) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** With {@code aRow == cRow == 0} both tile rows are the same row, which is then written twice. */
    private static void tile2x4(int depth, float[] a, int a0, int aRow, int aCol,
                                float[] b, int b0, int bRow, float[] c, int c0, int cRow) {
        float c00 = c[c0];
        float c01 = c[c0 + 1];
        float c02 = c[c0 + 2];
        float c03 = c[c0 + 3];
        float c10 = c[c0 + cRow];
        float c11 = c[c0 + cRow + 1];
        float c12 = c[c0 + cRow + 2];
        float c13 = c[c0 + cRow + 3];
        int ap = a0;
        int bp = b0;
        for (int p = 0; p < depth; p++, ap += aCol, bp += bRow) {
            float x0 = a[ap];
            float x1 = a[ap + aRow];
            float b0v = b[bp];
            float b1v = b[bp + 1];
            float b2v = b[bp + 2];
            float b3v = b[bp + 3];
            c00 += x0 * b0v;
            c01 += x0 * b1v;
            c02 += x0 * b2v;
            c03 += x0 * b3v;
            c10 += x1 * b0v;
            c11 += x1 * b1v;
            c12 += x1 * b2v;
            c13 += x1 * b3v;
        }
        c[c0] = c00;
        c[c0 + 1] = c01;
        c[c0 + 2] = c02;
        c[c0 + 3] = c03;
        c[c0 + cRow] = c10;
        c[c0 + cRow + 1] = c11;
        c[c0 + cRow + 2] = c12;
        c[c0 + cRow + 3] = c13;
    }
}
