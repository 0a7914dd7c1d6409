package org.embedscope.model.search;

import java.util.Arrays;
import org.embedscope.model.numeric.TopK;
import org.embedscope.model.simd.BoundSink;

/**
 * Collects the rows of a bounded first pass that may belong to the best {@code keep}: it tracks the
 * {@code keep}-th best lower bound seen so far as the threshold, and keeps every offered row with
 * its upper bound. Rows at or past {@code rowLimit} (group padding, a restricted vocabulary) and
 * excluded rows are ignored. Not thread-safe: one per task.
 */
final class CandidateCollector implements BoundSink {
    private final TopK lowers;
    private final int rowLimit;
    private final int[] excluded;
    private int[] rows = new int[64];
    private float[] uppers = new float[64];
    private int size;

    CandidateCollector(int keep, int rowLimit, int[] excluded) {
        this.lowers = new TopK(1, keep);
        this.rowLimit = rowLimit;
        this.excluded = excluded;
    }

    @Override
    public float threshold() {
        return lowers.threshold(0);
    }

    @Override
    public float offer(int row, float lower, float upper) {
        if (row >= rowLimit || isExcluded(row)) {
            return lowers.threshold(0);
        }
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
            uppers = Arrays.copyOf(uppers, size * 2);
        }
        rows[size] = row;
        uppers[size++] = upper;
        lowers.offer(0, row, lower);
        return lowers.threshold(0);
    }

    private boolean isExcluded(int row) {
        for (int e : excluded) {
            if (e == row) {
                return true;
            }
        }
        return false;
    }

    TopK lowers() {
        return lowers;
    }

    int size() {
        return size;
    }

    int row(int i) {
        return rows[i];
    }

    float upper(int i) {
        return uppers[i];
    }
}
