package org.embedscope.model.numeric;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.embedscope.model.Progress;

/**
 * The one parallel loop: numbered tasks run on all cores, handed out in increasing order. What a
 * task computes may depend on its number, never on the thread that runs it or on the thread count,
 * so per-task partial results combined in task order give the same answer on every machine and run
 * ({@link #chunks} numbers fixed-size chunks of an index range). When tasks fail, the failure of the
 * lowest-numbered one is rethrown and no later task is started, so that a reader reports the first
 * bad line of a file whatever the timing. With a {@link Progress}, cancellation is checked before
 * each task and ends the loop the same way, with a {@link org.embedscope.model.CancelledException}.
 */
public final class ParallelFor {
    private ParallelFor() {
    }

    /** The number of threads a loop uses at most. */
    public static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** How many chunks of {@code chunkSize} cover {@code n} indices. */
    public static int count(int n, int chunkSize) {
        return (n + chunkSize - 1) / chunkSize;
    }

    /** Runs tasks {@code 0 .. count - 1}. */
    public static void range(int count, IntConsumer task) {
        range(count, Progress.NONE, task);
    }

    /** Runs tasks {@code 0 .. count - 1}, checking for cancellation before each. */
    public static void range(int count, Progress progress, IntConsumer task) {
        Run run = new Run(count, progress, task);
        int workers = Math.min(count, threads());
        if (workers <= 1) {
            run.work();
        } else {
            IntStream.range(0, workers).parallel().forEach(w -> run.work());
        }
        run.rethrow();
    }

    /** Runs {@code task} for the chunk numbers of {@link #count}{@code (n, chunkSize)}. */
    public static void chunks(int n, int chunkSize, IntConsumer task) {
        range(count(n, chunkSize), task);
    }

    /** As {@link #chunks(int, int, IntConsumer)}, checking for cancellation before each chunk. */
    public static void chunks(int n, int chunkSize, Progress progress, IntConsumer task) {
        range(count(n, chunkSize), progress, task);
    }

    /** The results of tasks {@code 0 .. count - 1}, in task order. */
    public static <T> List<T> map(int count, IntFunction<T> task) {
        Object[] results = new Object[count];
        range(count, i -> results[i] = task.apply(i));
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }

    private static final class Run {
        private final int count;
        private final Progress progress;
        private final IntConsumer task;
        private final AtomicInteger next = new AtomicInteger();
        private volatile int stopAfter = Integer.MAX_VALUE;
        private int failedTask = Integer.MAX_VALUE;
        private Throwable failure;

        Run(int count, Progress progress, IntConsumer task) {
            this.count = count;
            this.progress = progress;
            this.task = task;
        }

        void work() {
            while (true) {
                int i = next.getAndIncrement();
                if (i >= count || i > stopAfter) {
                    return;
                }
                try {
                    progress.checkCancelled();
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    fail(i, e);
                }
            }
        }

        private synchronized void fail(int index, Throwable e) {
            if (index < failedTask) {
                failedTask = index;
                failure = e;
            }
            stopAfter = Math.min(stopAfter, index);
        }

        synchronized void rethrow() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
