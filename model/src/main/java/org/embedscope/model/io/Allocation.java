package org.embedscope.model.io;

import org.embedscope.model.DataFormatException;

/**
 * Checks a store's size before its float array is allocated, so that an absurd header or a file
 * too big for the heap gives a message instead of an OutOfMemoryError or an int overflow.
 */
final class Allocation {
    /** The largest Java array the JVMs we support will allocate. */
    static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    private Allocation() {
    }

    static float[] floats(String file, long rows, long dimension) {
        long values = rows * dimension;
        if (rows < 0 || dimension <= 0 || values / dimension != rows || values > MAX_VALUES) {
            throw DataFormatException.inFile(file, rows + " words x " + dimension + " dimensions is more than "
                    + MAX_VALUES + " values, the most one store can hold; use --limit to read fewer words");
        }
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = values * Float.BYTES;
        if (needed > free) {
            System.gc();
            free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        }
        if (needed > free) {
            throw outOfMemory(file, needed, free);
        }
        try {
            return new float[(int) values];
        } catch (OutOfMemoryError e) {
            // The free total was enough, but not in one piece: saying "needs X but Y is free" with
            // Y > X would contradict itself.
            throw DataFormatException.inFile(file, "needs " + (needed >> 20) + " MB in one piece for its vectors,"
                    + " and Java's heap (" + (runtime.maxMemory() >> 20) + " MB) has no room for it; use --limit,"
                    + " or give Java more memory (EMBEDSCOPE_JAVA_OPTS=-Xmx...)");
        }
    }

    private static DataFormatException outOfMemory(String file, long needed, long free) {
        return DataFormatException.inFile(file, "needs " + (needed >> 20) + " MB for its vectors but only "
                + (free >> 20) + " MB of memory is free; use --limit, or give Java more memory "
                + "(EMBEDSCOPE_JAVA_OPTS=-Xmx...)");
    }
}
