package org.embedscope.model.io;

import java.util.Arrays;

/** A growable float array, so readers do not box millions of values. */
final class FloatList {
    private float[] values;
    private int size;

    FloatList(int capacity) {
        values = new float[Math.max(16, capacity)];
    }

    void add(float value) {
        if (size == values.length) {
            long grown = Math.min((long) values.length * 3 / 2 + 16, Integer.MAX_VALUE - 16);
            if (grown <= size) {
                throw new IllegalStateException("too many values for one array");
            }
            values = Arrays.copyOf(values, (int) grown);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    float[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }
}
