package org.embedscope.model.simd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The one warm-up policy: gets Vector API kernels compiled before real work needs them. Vector API
 * code runs boxed, dozens of times slower, until the optimising JIT (C2) has compiled it, which it
 * does after some thousands of calls and up to a second of compiling (the GEMM tile is big). Real
 * work run meanwhile is nearly wasted and takes CPU from the compiler, and a long first call would
 * crawl until on-stack replacement. So each kernel is called on tiny inputs ({@link Exercises}) in
 * batches until its batches run {@link #SPEED_UP} times faster than the first, which shows its
 * compiled code is in place, three batches in a row, or until a time limit. Each part runs once per
 * process, one after another on one daemon thread; work waits for the parts it needs. The launcher
 * also lowers the search and matrix kernels' compile thresholds.
 */
final class WarmUp {
    /**
     * What gets warmed up once: a kernel, or kernels that real work runs together, exercised
     * together so that they compile at the same time (batch evaluation packs, multiplies, combines).
     */
    enum Part { MATRIX, FORCES, ATTRACTION, GEMM_ADD, GEMM_MUL }

    /**
     * Boxed Vector API code is some fifty times slower than compiled code (C1 does not intrinsify
     * it either): a batch twenty times faster than the first shows C2's code in place.
     */
    private static final long SPEED_UP = 20;
    private static final int FAST_BATCHES = 3;
    private static final long LIMIT_NANOS = 3_000_000_000L;

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kernel warm-up");
        thread.setDaemon(true);
        return thread;
    });
    private static final Map<Part, CompletableFuture<Void>> STARTED = new EnumMap<>(Part.class);
    /** Kernels whose batches were seen fast: an exercise they take part in again need not wait for them. */
    private static final Set<String> COMPILED = ConcurrentHashMap.newKeySet();

    private WarmUp() {
    }

    /**
     * Queues the parts of the workload not queued before.
     *
     * @param sinks makes sinks of the class the real work passes to the analogy kernels (compiled
     *              code is specialised to the receiver classes it saw), or null for a stand-in
     */
    static synchronized List<CompletableFuture<Void>> start(Kernels kernels, Workload workload,
            Supplier<? extends QuestionSink> sinks) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (Part part : workload.parts()) {
            pending.add(STARTED.computeIfAbsent(part,
                    p -> CompletableFuture.runAsync(() -> run(Exercises.of(p, kernels, sinks)), THREAD)));
        }
        return pending;
    }

    /** Waits for the parts; a failed warm-up only means real work runs on whatever code there is. */
    static void await(List<CompletableFuture<Void>> parts) {
        for (CompletableFuture<Void> part : parts) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // nothing to do: the kernels still work, only slower until compiled
            }
        }
    }

    private static void run(Exercises.Exercise exercise) {
        run(exercise, LIMIT_NANOS);
    }

    /**
     * Runs batches until every timed kernel of the exercise is fast, or for {@code limitNanos};
     * returns the number of batches run.
     */
    static int run(Exercises.Exercise exercise, long limitNanos) {
        String[] kernels = exercise.timedKernels();
        long start = System.nanoTime();
        int batches = 0;
        long[] first = null;
        long[] time = new long[kernels.length];
        int fastBatches = 0;
        while (fastBatches < FAST_BATCHES && System.nanoTime() - start < limitNanos) {
            Arrays.fill(time, 0);
            exercise.batch(time);
            batches++;
            if (first == null) {
                first = time.clone();
            } else {
                fastBatches = allFast(kernels, time, first) ? fastBatches + 1 : 0;
            }
        }
        if (fastBatches == FAST_BATCHES) {
            COMPILED.addAll(Arrays.asList(kernels));
        }
        return batches;
    }

    private static boolean allFast(String[] kernels, long[] time, long[] first) {
        for (int k = 0; k < time.length; k++) {
            if (time[k] * SPEED_UP >= first[k] && !COMPILED.contains(kernels[k])) {
                return false;
            }
        }
        return true;
    }
}
