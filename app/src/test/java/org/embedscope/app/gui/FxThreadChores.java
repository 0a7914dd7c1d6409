package org.embedscope.app.gui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Work that counts as ours for {@link FxStallWatchdog} (its class is neither a test nor the watchdog):
 * the stalls {@link FxStallWatchdogTest} makes on the FX thread.
 */
final class FxThreadChores {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FxThreadChores() {
    }

    /** Spins until this thread has used {@code millis} of CPU, however long a loaded machine makes that take. */
    static long spinForCpu(long millis) {
        long start = THREADS.getCurrentThreadCpuTime();
        long goal = start + TimeUnit.MILLISECONDS.toNanos(millis);
        long sum = 0;
        while (THREADS.getCurrentThreadCpuTime() < goal) {
            sum += Long.numberOfTrailingZeros(System.nanoTime());
        }
        return sum;
    }

    /** Parks inside our code, as a future's get() called from a view model would. */
    static void parkFor(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
        }
    }
}
