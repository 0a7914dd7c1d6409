package org.embedscope.model.linalg;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.embedscope.model.Progress;

/**
 * Splits index ranges into fixed-size chunks run on all cores. Chunk boundaries depend only on
 * the sizes, never on the thread count, so per-chunk partial results combined in chunk order give
 * the same answer on every machine and every run.
 */
public final class Chunks {
    private Chunks() {
    }

    public static int count(int n, int chunkSize) {
        return (n + chunkSize - 1) / chunkSize;
    }

    /** Runs {@code task} for chunk indices {@code 0..count(n, chunkSize)-1} in parallel. */
    public static void run(int n, int chunkSize, IntConsumer task) {
        int chunks = count(n, chunkSize);
        if (chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                task.accept(c);
            }
            return;
        }
        IntStream.range(0, chunks).parallel().forEach(task);
    }

    /** As {@link #run}, checking for cancellation before each chunk. */
    public static void run(int n, int chunkSize, Progress progress, IntConsumer task) {
        run(n, chunkSize, c -> {
            progress.checkCancelled();
            task.accept(c);
        });
    }
}
