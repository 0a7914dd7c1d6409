package org.embedscope.model.io;

import org.embedscope.model.numeric.ParallelFor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;

/**
 * Parses the chunks of a {@link ChunkPlan} into one preallocated row-major array (and word array).
 * Chunks are independent, so they run on all cores; each keeps its own warnings so that they can be
 * merged in file order afterwards.
 */
final class TextChunkParser {
    private final SourceFile file;
    private final ChunkPlan plan;
    private final int dimension;
    private final String expectation;
    private final float[] vectors;
    private final String[] words;
    private final boolean[] dropped;
    private final ReadWarnings[] warnings;
    private final Progress progress;
    private final BufferPool pool = new BufferPool(ChunkPlan.CHUNK_BYTES + (1 << 16));
    private final AtomicLong bytesDone = new AtomicLong();

    /**
     * @param words       where each row's word goes, or null for files without words (TSV)
     * @param expectation how the dimension was learnt, for messages: "line 1 has 100"
     */
    TextChunkParser(SourceFile file, ChunkPlan plan, int dimension, String expectation, float[] vectors,
            String[] words, boolean[] dropped, Progress progress) {
        this.file = file;
        this.plan = plan;
        this.dimension = dimension;
        this.expectation = expectation;
        this.vectors = vectors;
        this.words = words;
        this.dropped = dropped;
        this.progress = progress;
        this.warnings = new ReadWarnings[plan.chunks()];
    }

    /** Parses every chunk; returns the warnings of all chunks in file order. */
    ReadWarnings run() {
        ParallelFor.range(plan.chunks(), this::parse);
        ReadWarnings all = new ReadWarnings();
        for (ReadWarnings w : warnings) {
            all.addAll(w);
        }
        return all;
    }

    private void parse(int c) {
        progress.checkCancelled();
        int length = (int) (plan.ends[c] - plan.starts[c]);
        byte[] bytes = ChunkPlan.read(file, pool, plan.starts[c], length);
        warnings[c] = new ReadWarnings();
        try {
            parse(bytes, length, plan.firstLine[c], plan.firstRow[c], plan.rows[c], warnings[c]);
        } finally {
            pool.give(bytes);
        }
        long done = bytesDone.addAndGet(length);
        progress.update(0.15 + 0.8 * done / Math.max(1, file.length()), "Reading " + file.name());
    }

    private static boolean separator(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    private void parse(byte[] b, int length, long line, int row, int rowsLeft, ReadWarnings warnings) {
        WordDecoder decoder = new WordDecoder();
        int p = 0;
        while (rowsLeft > 0 && p < length) {
            while (p < length && blank(b[p])) {
                p++;
            }
            if (p == length) {
                break;
            }
            if (b[p] == '\n') {
                p++;
                line++;
                continue;
            }
            String word = null;
            if (words != null) {
                int start = p;
                int high = 0;
                while (p < length && !separator(b[p])) {
                    high |= b[p];
                    p++;
                }
                word = decoder.decode(b, start, p - start, high >= 0);
                if (decoder.replaced()) {
                    warnings.add("words with invalid UTF-8", file.name() + ", line " + line
                            + ": invalid UTF-8 in word '" + word + "'; bad bytes replaced by U+FFFD");
                }
                words[row] = word;
            }
            int base = row * dimension;
            int k = 0;
            boolean nonFinite = false;
            while (true) {
                while (p < length && blank(b[p])) {
                    p++;
                }
                if (p == length || b[p] == '\n') {
                    break;
                }
                int start = p;
                if (k == dimension) {
                    throw mismatch(line, k + tokensUntilEol(b, p, length));
                }
                float v;
                long scanned = FastFloat.scan(b, p, length);
                int end = (int) (scanned >>> 32);
                if (scanned >= 0 && (end == length || separator(b[end]))) {
                    v = Float.intBitsToFloat((int) scanned);
                    p = end;
                } else {
                    while (p < length && !separator(b[p])) {
                        p++;
                    }
                    v = number(b, start, p, line);
                }
                nonFinite |= (Float.floatToRawIntBits(v) & 0x7F800000) == 0x7F800000;
                vectors[base + k++] = v;
            }
            if (k == 0 && words != null) {
                dropped[row] = true;
                warnings.add("words without a vector", file.name() + ", line " + line + ": word '" + word
                        + "' has no numbers; skipped");
            } else if (k != dimension) {
                throw mismatch(line, k);
            } else if (nonFinite) {
                Arrays.fill(vectors, base, base + dimension, 0f);
                warnings.add("rows with NaN or infinite values", file.name() + ", line " + line
                        + (word == null ? "" : " ('" + word + "')") + ": NaN or infinite value; vector set to zeros");
            }
            row++;
            rowsLeft--;
            if (p < length) {
                p++;
                line++;
            }
            if ((rowsLeft & 4095) == 0) {
                progress.checkCancelled();
            }
        }
    }

    private float number(byte[] b, int start, int end, long line) {
        try {
            return FastFloat.parse(b, start, end);
        } catch (NumberFormatException e) {
            if (FastFloat.isNonFiniteName(b, start, end)) {
                return Float.NaN;
            }
            String token = new String(b, start, Math.min(end - start, 40), StandardCharsets.UTF_8);
            throw DataFormatException.atLine(file.name(), line, "not a number: '" + token + "'"
                    + (end - start > 40 ? "..." : ""));
        }
    }

    private static int tokensUntilEol(byte[] b, int p, int length) {
        int tokens = 0;
        boolean inToken = false;
        for (; p < length && b[p] != '\n'; p++) {
            boolean isBlank = blank(b[p]);
            if (!isBlank && !inToken) {
                tokens++;
            }
            inToken = !isBlank;
        }
        return tokens;
    }

    private DataFormatException mismatch(long line, int count) {
        return DataFormatException.atLine(file.name(), line, "has " + count + (count == 1 ? " number" : " numbers")
                + ", but " + expectation);
    }
}
