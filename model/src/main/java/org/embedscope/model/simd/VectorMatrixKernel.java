package org.embedscope.model.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernel: a 4-row by 2-vector register tile, so each loaded vector of {@code b} feeds
 * four fused multiply-adds and no horizontal reductions are needed.
 */
final class VectorMatrixKernel implements MatrixKernel {
    private static final VectorSpecies<Float> S = pickSpecies();
    private static final int L = S.length();

    private static VectorSpecies<Float> pickSpecies() {
        VectorSpecies<Float> preferred = FloatVector.SPECIES_PREFERRED;
        return preferred.length() > COLUMN_QUANTUM ? FloatVector.SPECIES_512 : preferred;
    }

    @Override
    public void multiplyAdd(int m, int n, int depth,
                            float[] a, int aOff, int aRow, int aCol,
                            float[] b, int bOff, int bRow,
                            float[] c, int cOff, int cRow) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int j = 0;
            for (; j + 2 * L <= n; j += 2 * L) {
                tile4x2(depth, a, aOff + i * aRow, aRow, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j, cRow);
            }
            for (; j < n; j += L) {
                tile4x1(depth, a, aOff + i * aRow, aRow, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j, cRow);
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j += L) {
                column1(depth, a, aOff + i * aRow, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j);
            }
        }
    }

    @Override
    public float dot(float[] a, int aOff, float[] b, int bOff, int length) {
        FloatVector acc = FloatVector.zero(S);
        for (int i = 0; i < length; i += L) {
            acc = FloatVector.fromArray(S, a, aOff + i).fma(FloatVector.fromArray(S, b, bOff + i), acc);
        }
        return acc.reduceLanes(VectorOperators.ADD);
    }

    private static void tile4x2(int depth, float[] a, int a0, int aRow, int aCol,
                                float[] b, int b0, int bRow, float[] c, int c0, int cRow) {
        FloatVector c00 = FloatVector.fromArray(S, c, c0);
        FloatVector c01 = FloatVector.fromArray(S, c, c0 + L);
        FloatVector c10 = FloatVector.fromArray(S, c, c0 + cRow);
        FloatVector c11 = FloatVector.fromArray(S, c, c0 + cRow + L);
        FloatVector c20 = FloatVector.fromArray(S, c, c0 + 2 * cRow);
        FloatVector c21 = FloatVector.fromArray(S, c, c0 + 2 * cRow + L);
        FloatVector c30 = FloatVector.fromArray(S, c, c0 + 3 * cRow);
        FloatVector c31 = FloatVector.fromArray(S, c, c0 + 3 * cRow + L);
        int ap = a0;
        int bp = b0;
        for (int p = 0; p < depth; p++, ap += aCol, bp += bRow) {
            FloatVector b0v = FloatVector.fromArray(S, b, bp);
            FloatVector b1v = FloatVector.fromArray(S, b, bp + L);
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            c00 = x.fma(b0v, c00);
            c01 = x.fma(b1v, c01);
            x = FloatVector.broadcast(S, a[ap + aRow]);
            c10 = x.fma(b0v, c10);
            c11 = x.fma(b1v, c11);
            x = FloatVector.broadcast(S, a[ap + 2 * aRow]);
            c20 = x.fma(b0v, c20);
            c21 = x.fma(b1v, c21);
            x = FloatVector.broadcast(S, a[ap + 3 * aRow]);
            c30 = x.fma(b0v, c30);
            c31 = x.fma(b1v, c31);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c10.intoArray(c, c0 + cRow);
        c11.intoArray(c, c0 + cRow + L);
        c20.intoArray(c, c0 + 2 * cRow);
        c21.intoArray(c, c0 + 2 * cRow + L);
        c30.intoArray(c, c0 + 3 * cRow);
        c31.intoArray(c, c0 + 3 * cRow + L);
    }

    private static void tile4x1(int depth, float[] a, int a0, int aRow, int aCol,
                                float[] b, int b0, int bRow, float[] c, int c0, int cRow) {
        FloatVector c0v = FloatVector.fromArray(S, c, c0);
        FloatVector c1v = FloatVector.fromArray(S, c, c0 + cRow);
        FloatVector c2v = FloatVector.fromArray(S, c, c0 + 2 * cRow);
        FloatVector c3v = FloatVector.fromArray(S, c, c0 + 3 * cRow);
        int ap = a0;
        int bp = b0;
        for (int p = 0; p < depth; p++, ap += aCol, bp += bRow) {
            FloatVector bv = FloatVector.fromArray(S, b, bp);
            c0v = FloatVector.broadcast(S, a[ap]).fma(bv, c0v);
            c1v = FloatVector.broadcast(S, a[ap + aRow]).fma(bv, c1v);
            c2v = FloatVector.broadcast(S, a[ap + 2 * aRow]).fma(bv, c2v);
            c3v = FloatVector.broadcast(S, a[ap + 3 * aRow]).fma(bv, c3v);
        }
        c0v.intoArray(c, c0);
        c1v.intoArray(c, c0 + cRow);
        c2v.intoArray(c, c0 + 2 * cRow);
        c3v.intoArray(c, c0 + 3 * cRow);
    }

    private static void column1(int depth, float[] a, int a0, int aCol, float[] b, int b0, int bRow, float[] c, int c0) {
        FloatVector acc = FloatVector.fromArray(S, c, c0);
        int ap = a0;
        int bp = b0;
        for (int p = 0; p < depth; p++, ap += aCol, bp += bRow) {
            acc = FloatVector.broadcast(S, a[ap]).fma(FloatVector.fromArray(S, b, bp), acc);
        }
        acc.intoArray(c, c0);
    }
}
