package org.embedscope.model.io;

import org.embedscope.model.numeric.ParallelFor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;

/**
 * Splits the data part of a text file into byte ranges that start and end at line boundaries and
 * counts, in parallel, the lines and the non-blank lines (rows) of each. Prefix sums of those
 * counts give every chunk its first line number and first row, so that chunks can then be parsed
 * independently straight into one exactly sized array, with correct line numbers in messages.
 */
final class ChunkPlan {
    static final int CHUNK_BYTES = 8 << 20;
    /** No single line may be longer; guards the byte[] of a chunk against files with no newlines. */
    static final int MAX_CHUNK_BYTES = 512 << 20;

    final long[] starts;
    final long[] ends;
    final long[] firstLine;
    final int[] firstRow;
    final int[] rows;
    final int totalRows;

    private ChunkPlan(long[] starts, long[] ends, long[] firstLine, int[] firstRow, int[] rows, int totalRows) {
        this.starts = starts;
        this.ends = ends;
        this.firstLine = firstLine;
        this.firstRow = firstRow;
        this.rows = rows;
        this.totalRows = totalRows;
    }

    int chunks() {
        return starts.length;
    }

    /**
     * @param dataStart       offset of the first data line (after a BOM or header)
     * @param dataFirstLine   1-based line number of that line
     * @param limit           rows to keep, 0 for all
     */
    static ChunkPlan build(SourceFile file, long dataStart, long dataFirstLine, int limit, int chunkBytes,
            Progress progress) throws IOException {
        long[] bounds = boundaries(file, dataStart, chunkBytes);
        int chunks = bounds.length - 1;
        long[] newlines = new long[chunks];
        long[] rowCounts = new long[chunks];
        BufferPool pool = new BufferPool(chunkBytes + (1 << 16));
        int counted = 0;
        long rowsSoFar = 0;
        int batch = Math.max(1, ParallelFor.threads() * 2);
        while (counted < chunks && (limit <= 0 || rowsSoFar < limit)) {
            int from = counted;
            int to = Math.min(chunks, counted + (limit > 0 ? batch : chunks));
            ParallelFor.range(to - from, i -> {
                progress.checkCancelled();
                int c = from + i;
                count(file, pool, bounds[c], bounds[c + 1], c, newlines, rowCounts);
            });
            for (int c = from; c < to; c++) {
                rowsSoFar += rowCounts[c];
            }
            counted = to;
            progress.update(0.15 * bounds[counted] / Math.max(1, file.length()), "Scanning " + file.name());
        }
        return assemble(file, bounds, counted, newlines, rowCounts, dataFirstLine, limit);
    }

    private static ChunkPlan assemble(SourceFile file, long[] bounds, int counted, long[] newlines, long[] rowCounts,
            long dataFirstLine, int limit) {
        long[] starts = new long[counted];
        long[] ends = new long[counted];
        long[] firstLine = new long[counted];
        int[] firstRow = new int[counted];
        int[] rows = new int[counted];
        long line = dataFirstLine;
        long row = 0;
        int used = 0;
        long cap = limit > 0 ? limit : Long.MAX_VALUE;
        for (int c = 0; c < counted && row < cap; c++) {
            if (row + rowCounts[c] > Integer.MAX_VALUE - 8) {
                throw DataFormatException.inFile(file.name(), "has more than " + (Integer.MAX_VALUE - 8)
                        + " rows; use --limit to read fewer");
            }
            starts[used] = bounds[c];
            ends[used] = bounds[c + 1];
            firstLine[used] = line;
            firstRow[used] = (int) row;
            rows[used] = (int) Math.min(rowCounts[c], cap - row);
            row += rows[used];
            line += newlines[c];
            used++;
        }
        return new ChunkPlan(Arrays.copyOf(starts, used), Arrays.copyOf(ends, used), Arrays.copyOf(firstLine, used),
                Arrays.copyOf(firstRow, used), Arrays.copyOf(rows, used), (int) row);
    }

    /** Chunk boundaries: each nominal split point moved to just after the next newline. */
    private static long[] boundaries(SourceFile file, long dataStart, int chunkBytes) throws IOException {
        long length = file.length();
        long[] bounds = new long[(int) Math.min(Integer.MAX_VALUE - 8, (length - dataStart) / chunkBytes + 2)];
        int n = 0;
        bounds[n++] = dataStart;
        byte[] window = new byte[1 << 16];
        long searchedTo = dataStart;
        for (long nominal = dataStart + chunkBytes; nominal < length; nominal += chunkBytes) {
            if (nominal < searchedTo) {
                continue;
            }
            long at = nominal;
            long found = -1;
            while (found < 0 && at < length) {
                int got = file.read(at, window, 0, (int) Math.min(window.length, length - at));
                for (int i = 0; i < got; i++) {
                    if (window[i] == '\n') {
                        found = at + i + 1;
                        break;
                    }
                }
                at += got;
                if (at - bounds[n - 1] > MAX_CHUNK_BYTES && found < 0) {
                    throw tooLong(file, bounds[n - 1]);
                }
            }
            long bound = found < 0 ? length : found;
            searchedTo = bound;
            if (bound - bounds[n - 1] > MAX_CHUNK_BYTES) {
                throw tooLong(file, bounds[n - 1]);
            }
            if (bound < length) {
                bounds[n++] = bound;
            }
        }
        if (length - bounds[n - 1] > MAX_CHUNK_BYTES) {
            throw tooLong(file, bounds[n - 1]);
        }
        bounds[n++] = length;
        return Arrays.copyOf(bounds, n);
    }

    private static DataFormatException tooLong(SourceFile file, long offset) {
        return DataFormatException.inFile(file.name(), "a line after byte " + offset + " is longer than "
                + (MAX_CHUNK_BYTES >> 20) + " MB; this does not look like a text vector file");
    }

    private static void count(SourceFile file, BufferPool pool, long start, long end, int c, long[] newlines,
            long[] rowCounts) {
        int length = (int) (end - start);
        byte[] bytes = read(file, pool, start, length);
        try {
            long[] counts = LineCounter.count(bytes, length);
            newlines[c] = counts[0];
            rowCounts[c] = counts[1];
        } finally {
            pool.give(bytes);
        }
    }

    /** The chunk's bytes in a pooled buffer; give it back when done. */
    static byte[] read(SourceFile file, BufferPool pool, long start, int length) {
        byte[] buffer = pool.take(length);
        try {
            file.readFully(start, buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer;
    }
}
