package org.embedscope.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs numbered tasks on all cores, handing them out in increasing order. When tasks fail, the
 * failure of the lowest-numbered task is rethrown, so that a reader reports the first bad line of
 * the file whatever the thread timing; tasks after a failed one are not started.
 */
final class Parallel {
    private Parallel() {
    }

    static int workers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static void forEach(int count, IntConsumer task) {
        int workers = Math.min(workers(), count);
        if (workers <= 1) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        Run run = new Run(count, task);
        List<Thread> threads = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            Thread thread = new Thread(run::work, "embedscope-reader-" + w);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        run.work();
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    run.stopAt(-1);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        run.rethrow();
    }

    private static final class Run {
        private final int count;
        private final IntConsumer task;
        private final AtomicInteger next = new AtomicInteger();
        private volatile int stopAt = Integer.MAX_VALUE;
        private int failedIndex = Integer.MAX_VALUE;
        private Throwable failure;

        Run(int count, IntConsumer task) {
            this.count = count;
            this.task = task;
        }

        void work() {
            while (true) {
                int i = next.getAndIncrement();
                if (i >= count || i > stopAt) {
                    return;
                }
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    fail(i, e);
                }
            }
        }

        synchronized void stopAt(int index) {
            stopAt = Math.min(stopAt, index);
        }

        private synchronized void fail(int index, Throwable e) {
            if (index < failedIndex) {
                failedIndex = index;
                failure = e;
            }
            stopAt(index);
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
