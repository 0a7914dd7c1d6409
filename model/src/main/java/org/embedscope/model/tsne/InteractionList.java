package org.embedscope.model.tsne;

import java.util.Arrays;
import org.embedscope.model.simd.ForceKernel;

/**
 * The terms one group of points interacts with: summarised cells and single points, as float
 * coordinates relative to nothing in particular and a weight (number of points), padded with
 * zero-weight entries to a multiple of {@link ForceKernel#QUANTUM} so SIMD loops need no tail.
 */
final class InteractionList {
    final int dims;
    float[] x = new float[256];
    float[] y = new float[256];
    float[] z = new float[256];
    float[] weight = new float[256];
    int size;

    InteractionList(int dims) {
        this.dims = dims;
    }

    void clear() {
        size = 0;
    }

    void add(double px, double py, double pz, int count) {
        if (size == x.length) {
            int capacity = size * 2;
            x = Arrays.copyOf(x, capacity);
            y = Arrays.copyOf(y, capacity);
            z = Arrays.copyOf(z, capacity);
            weight = Arrays.copyOf(weight, capacity);
        }
        x[size] = (float) px;
        y[size] = (float) py;
        z[size] = (float) pz;
        weight[size] = count;
        size++;
    }

    /** The length rounded up to {@link ForceKernel#QUANTUM}, the padding holding weight-0 terms. */
    int paddedSize() {
        int padded = (size + ForceKernel.QUANTUM - 1) / ForceKernel.QUANTUM * ForceKernel.QUANTUM;
        if (padded > x.length) {
            x = Arrays.copyOf(x, padded);
            y = Arrays.copyOf(y, padded);
            z = Arrays.copyOf(z, padded);
            weight = Arrays.copyOf(weight, padded);
        }
        for (int i = size; i < padded; i++) {
            x[i] = 0;
            y[i] = 0;
            z[i] = 0;
            weight[i] = 0;
        }
        return padded;
    }
}
