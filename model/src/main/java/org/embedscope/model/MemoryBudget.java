package org.embedscope.model;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much memory a new computation of this process may still take: the heap may grow to
 * {@code heapLimit}, of which {@code heapUsed} is taken and {@code heapCommitted} already reserved
 * from the system, which has {@code physicalAvailable} bytes more to give.
 */
public record MemoryBudget(long heapLimit, long heapUsed, long heapCommitted, long physicalAvailable) {

    /** This JVM's heap now, and the machine's available memory (Linux: MemAvailable). */
    public static MemoryBudget current() {
        Runtime runtime = Runtime.getRuntime();
        long committed = runtime.totalMemory();
        return new MemoryBudget(runtime.maxMemory(), committed - runtime.freeMemory(), committed, availableOnTheMachine());
    }

    /**
     * The bytes a computation may allocate: what the heap may still grow to, but no more than its
     * reserved free part plus what the machine can still give.
     */
    public long room() {
        return Math.max(0, Math.min(heapLimit - heapUsed, heapCommitted - heapUsed + physicalAvailable));
    }

    /**
     * Throws {@link InsufficientMemoryException} with one line naming what is needed and what there is
     * when {@code bytes} exceed the room. The needed figure is rounded up and the room down, so the
     * line never reads as if there were enough.
     */
    public void require(long bytes, String what) {
        if (bytes <= room()) {
            return;
        }
        throw new InsufficientMemoryException(String.format(Locale.ROOT, "%s needs about %,d MB of memory and only"
                + " %,d MB is free (Java's heap may grow to %,d MB and %,d MB of it is in use; the machine has %,d MB"
                + " more available); use fewer words (--limit), or give Java more memory"
                + " (EMBEDSCOPE_JAVA_OPTS=-Xmx...)", what, megabytesUp(bytes), room() >> 20, heapLimit >> 20,
                megabytesUp(heapUsed), physicalAvailable >> 20));
    }

    private static long megabytesUp(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static long availableOnTheMachine() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no such line: ask the JVM below
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getFreeMemorySize();
        }
        return Long.MAX_VALUE / 4;
    }
}
