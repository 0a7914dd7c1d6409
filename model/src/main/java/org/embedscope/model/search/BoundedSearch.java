package org.embedscope.model.search;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.TopK;
import org.embedscope.model.simd.BoundSink;
import org.embedscope.model.simd.SearchKernels;

/**
 * Exact top-k by a cheap bounded first pass and an exact re-rank. The first pass gives every row a
 * lower and an upper bound of its exact score; rows whose upper bound is below the k-th best lower
 * bound cannot be in the top k (k rows are provably at least that good), and all others are scored
 * exactly in double. The pass runs on all cores, one collector per block of groups.
 */
final class BoundedSearch {
    /** Scans groups {@code [from, to)} and offers rows that may be among the best to the sink. */
    interface FirstPass {
        void scan(int fromGroup, int toGroup, BoundSink sink);
    }

    private static final int MIN_GROUPS_PER_TASK = 256;

    private BoundedSearch() {
    }

    /**
     * The best {@code k} rows below {@code rowLimit} that are not excluded, by exact score, ties to
     * the lower row.
     */
    static Ranked top(int rowLimit, int groups, int k, int[] excluded, FirstPass pass, ExactScore exact) {
        if (k <= 0) {
            return new Ranked(new int[0], new double[0]);
        }
        int tasks = Math.max(1, Math.min(4 * ParallelFor.threads(), groups / MIN_GROUPS_PER_TASK));
        List<CandidateCollector> collectors = ParallelFor.map(tasks, task -> {
            CandidateCollector collector = new CandidateCollector(k, rowLimit, excluded);
            pass.scan(split(groups, task, tasks), split(groups, task + 1, tasks), collector);
            return collector;
        });
        TopK lowers = new TopK(1, k);
        for (CandidateCollector c : collectors) {
            lowers.addAll(0, c.lowers(), 0);
        }
        float threshold = lowers.threshold(0);
        List<Integer> survivors = new ArrayList<>();
        for (CandidateCollector c : collectors) {
            for (int i = 0; i < c.size(); i++) {
                if (c.upper(i) >= threshold) {
                    survivors.add(c.row(i));
                }
            }
        }
        return Ranked.best(survivors.stream().mapToInt(Integer::intValue).toArray(), k, exact);
    }

    /** Task boundaries on multiples of {@link SearchKernels#GROUP_ALIGNMENT} groups, as the kernels step. */
    private static int split(int groups, int task, int tasks) {
        int units = groups / SearchKernels.GROUP_ALIGNMENT;
        return (int) ((long) units * task / tasks) * SearchKernels.GROUP_ALIGNMENT;
    }
}
