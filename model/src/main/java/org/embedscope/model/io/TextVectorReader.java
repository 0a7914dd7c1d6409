package org.embedscope.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;

/**
 * Reads the text formats: GloVe (word and numbers per line), word2vec/fastText text (the same after
 * a "WORDS DIMENSION" header line) and TF-projector vectors.tsv (numbers only). The file is
 * scanned once to count rows per chunk, then parsed on all cores into one exactly sized array.
 */
final class TextVectorReader {
    enum Kind { GLOVE, WORD2VEC, TSV }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextVectorReader() {
    }

    static RawRows read(SourceFile file, Kind kind, int limit, Progress progress) throws IOException {
        return read(file, kind, limit, ChunkPlan.CHUNK_BYTES, progress);
    }

    static RawRows read(SourceFile file, Kind kind, int limit, int chunkBytes, Progress progress) throws IOException {
        ReadWarnings warnings = new ReadWarnings();
        long dataStart = 0;
        byte[] start = new byte[3];
        if (file.read(0, start, 0, 3) == 3 && start[0] == BOM[0] && start[1] == BOM[1] && start[2] == BOM[2]) {
            dataStart = 3;
            warnings.add("byte order mark", file.name() + ": starts with a UTF-8 byte order mark; ignored");
        }
        long firstLine = 1;
        Header header = null;
        if (kind == Kind.WORD2VEC) {
            header = Header.read(file, dataStart);
            dataStart = header.dataStart();
            firstLine = 2;
            if (header.dimension() > file.length() / 2) {
                throw DataFormatException.atLine(file.name(), 1, "header says " + header.dimension()
                        + " dimensions, impossible for a file of " + file.length() + " bytes");
            }
        }
        ChunkPlan plan = ChunkPlan.build(file, dataStart, firstLine, limit, chunkBytes, progress);
        if (plan.totalRows == 0) {
            throw DataFormatException.inFile(file.name(), header == null ? "no vectors found (the file is empty)"
                    : "no vectors found after the header line");
        }
        int dimension;
        String expectation;
        if (header != null) {
            dimension = header.dimension();
            expectation = "the header (line 1) says " + dimension;
            checkHeaderCount(file, header, plan, limit, warnings);
        } else {
            long[] first = firstRowShape(file, plan, kind != Kind.TSV);
            dimension = (int) first[0];
            expectation = "line " + first[1] + " has " + dimension;
        }
        float[] vectors = Allocation.floats(file.name(), plan.totalRows, dimension);
        String[] words = kind == Kind.TSV ? null : new String[plan.totalRows];
        boolean[] dropped = new boolean[plan.totalRows];
        ReadWarnings parsed = new TextChunkParser(file, plan, dimension, expectation, vectors, words, dropped,
                progress).run();
        warnings.addAll(parsed);
        return new RawRows(words, vectors, dimension, dropped, row -> "line " + RowLines.lineOf(file, plan, row),
                warnings);
    }

    private static void checkHeaderCount(SourceFile file, Header header, ChunkPlan plan, int limit,
            ReadWarnings warnings) {
        long expected = limit > 0 ? Math.min(limit, header.words()) : header.words();
        if (plan.totalRows != expected && (limit <= 0 || plan.totalRows < limit)) {
            warnings.add("header count", file.name() + ", line 1: header says " + header.words()
                    + " words but the file has " + plan.totalRows + " vector lines; all lines were read");
        }
    }

    /**
     * Dimension and line number of the first line that has numbers: {@code {dimension, line}}. A
     * leading line with a word but no numbers is skipped here and reported by the parser.
     */
    private static long[] firstRowShape(SourceFile file, ChunkPlan plan, boolean hasWords) throws IOException {
        int length = (int) (plan.ends[0] - plan.starts[0]);
        byte[] b = new byte[length];
        file.readFully(plan.starts[0], b, 0, length);
        long line = plan.firstLine[0];
        int p = 0;
        while (p < length) {
            int tokens = 0;
            boolean inToken = false;
            for (; p < length && b[p] != '\n'; p++) {
                boolean blank = b[p] == ' ' || b[p] == '\t' || b[p] == '\r';
                if (!blank && !inToken) {
                    tokens++;
                }
                inToken = !blank;
            }
            int numbers = hasWords ? tokens - 1 : tokens;
            if (numbers > 0) {
                return new long[] {numbers, line};
            }
            p++;
            line++;
        }
        throw DataFormatException.inFile(file.name(), "no line with numbers found near the start of the file");
    }

    /** The word2vec text header line: "WORDS DIMENSION". */
    record Header(long words, int dimension, long dataStart) {
        static Header read(SourceFile file, long from) throws IOException {
            byte[] b = new byte[256];
            int got = file.read(from, b, 0, b.length);
            int end = 0;
            while (end < got && b[end] != '\n') {
                end++;
            }
            String text = new String(b, 0, end, StandardCharsets.ISO_8859_1).trim();
            String[] parts = text.split("[ \t]+");
            if (end == got || parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
                String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
                throw DataFormatException.atLine(file.name(), 1, "expected a header 'WORDS DIMENSION', found '"
                        + shown + "'");
            }
            long words = Long.parseLong(parts[0]);
            long dimension = Long.parseLong(parts[1]);
            if (dimension <= 0 || dimension > Integer.MAX_VALUE - 8) {
                throw DataFormatException.atLine(file.name(), 1, "header says " + dimension
                        + " dimensions; that is not a usable dimension");
            }
            return new Header(words, (int) dimension, from + end + 1);
        }
    }
}
