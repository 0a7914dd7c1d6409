package org.embedscope.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Metadata;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * Writes a store as GloVe, word2vec text, word2vec binary or TSV + metadata. Text values are the
 * shortest decimals that read back as the same floats, so every format round-trips exactly. Each
 * file is written under a temporary name and renamed when complete.
 */
final class VectorWriter {
    private VectorWriter() {
    }

    /** @return the files written (two for TSV: vectors and metadata) */
    static List<Path> write(VectorStore store, Path out, VectorFormat format, Progress progress) throws IOException {
        if (!format.writable()) {
            throw new IllegalArgumentException("cannot write " + format.id());
        }
        checkWords(store, out, format);
        List<Path> written = new ArrayList<>();
        atomically(out, stream -> {
            switch (format) {
                case GLOVE -> text(store, stream, false, ' ', true, progress);
                case WORD2VEC -> text(store, stream, true, ' ', true, progress);
                case TSV -> text(store, stream, false, '\t', false, progress);
                default -> binary(store, stream, progress);
            }
        });
        written.add(out);
        if (format == VectorFormat.TSV) {
            Path metadata = MetadataReader.siblingFor(out);
            atomically(metadata, stream -> metadata(store, stream));
            written.add(metadata);
        }
        progress.update(1, "Written");
        return written;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void atomically(Path target, Body body) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        // Not createTempFile: it makes the file 0600, and the renamed result would ignore the umask.
        Path temp = parent.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 20)) {
                body.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void checkWords(VectorStore store, Path out, VectorFormat format) {
        for (int i = 0; i < store.size(); i++) {
            String word = store.word(i);
            boolean bad = format == VectorFormat.TSV
                    ? word.indexOf('\t') >= 0 || word.indexOf('\n') >= 0 || word.indexOf('\r') >= 0
                    : word.isEmpty() || word.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r');
            if (bad) {
                throw DataFormatException.inFile(out.getFileName().toString(), "cannot write word '" + word
                        + "' as " + format.id() + ": it is empty or contains a separator (space, tab or newline)");
            }
        }
    }

    private static void text(VectorStore store, OutputStream out, boolean header, char separator, boolean words,
            Progress progress) throws IOException {
        int dimension = store.dimension();
        float[] vectors = store.rawVectors();
        if (header) {
            out.write((store.size() + " " + dimension + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        StringBuilder line = new StringBuilder(dimension * 12);
        for (int row = 0; row < store.size(); row++) {
            line.setLength(0);
            if (words) {
                line.append(store.word(row)).append(separator);
            }
            int base = row * dimension;
            for (int d = 0; d < dimension; d++) {
                if (d > 0) {
                    line.append(separator);
                }
                FloatText.append(line, vectors[base + d]);
            }
            line.append('\n');
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            tick(row, store.size(), progress);
        }
    }

    private static void binary(VectorStore store, OutputStream out, Progress progress) throws IOException {
        int dimension = store.dimension();
        float[] vectors = store.rawVectors();
        out.write((store.size() + " " + dimension + "\n").getBytes(StandardCharsets.US_ASCII));
        ByteBuffer row = ByteBuffer.allocate(dimension * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < store.size(); r++) {
            out.write(store.word(r).getBytes(StandardCharsets.UTF_8));
            out.write(' ');
            row.clear();
            row.asFloatBuffer().put(vectors, r * dimension, dimension);
            out.write(row.array());
            // The original C tool ends each record with a newline; gensim and we accept both.
            out.write('\n');
            tick(r, store.size(), progress);
        }
    }

    private static void metadata(VectorStore store, OutputStream out) throws IOException {
        Metadata metadata = store.metadata();
        StringBuilder text = new StringBuilder();
        if (metadata.columns().size() > 1) {
            text.append(String.join("\t", metadata.columns())).append('\n');
            for (int r = 0; r < store.size(); r++) {
                for (int c = 0; c < metadata.columns().size(); c++) {
                    text.append(c > 0 ? "\t" : "").append(metadata.value(c, r));
                }
                text.append('\n');
                flushIfBig(text, out);
            }
        } else {
            for (int r = 0; r < store.size(); r++) {
                text.append(store.word(r)).append('\n');
                flushIfBig(text, out);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void flushIfBig(StringBuilder text, OutputStream out) throws IOException {
        if (text.length() > 1 << 16) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }

    private static void tick(int row, int rows, Progress progress) {
        if ((row & 8191) == 0) {
            progress.checkCancelled();
            progress.update((double) row / rows, "Writing");
        }
    }
}
