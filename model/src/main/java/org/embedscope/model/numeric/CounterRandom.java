package org.embedscope.model.numeric;

/**
 * Random numbers that are a pure function of their coordinates (seed, epoch, edge, draw), the
 * SplitMix64 finaliser over a combination of them. Unlike a shared generator, the number a draw
 * gets does not depend on which thread asked first or how many asked before it, so a seed fixes
 * the map whatever the number of threads.
 */
public final class CounterRandom {
    private CounterRandom() {
    }

    public static long hash(long seed, long a, long b, long c) {
        return mix(mix(mix(mix(seed) ^ a) ^ b) ^ c);
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Draw {@code draw} of a group of draws that share one {@link #hash}: one mixing round per draw
     * instead of four, for the negative samples of an edge.
     */
    public static int belowFrom(long hash, int bound, int draw) {
        return (int) (((mix(hash + draw * 0x632BE59BD9B4E019L) >>> 32) * bound) >>> 32);
    }

    /** Uniform in [0, 1). */
    public static double unit(long seed, long a, long b, long c) {
        return (hash(seed, a, b, c) >>> 11) * 0x1.0p-53;
    }
}
