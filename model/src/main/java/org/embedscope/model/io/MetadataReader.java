package org.embedscope.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Metadata;

/**
 * Reads a TF-projector metadata.tsv or a vocabulary file. As in the projector, one column means
 * one label per line and no header; more than one column means the first line names the columns.
 * The word is the column named word, label, name or token (in that order), else the first one.
 */
final class MetadataReader {
    private static final List<String> WORD_COLUMNS = List.of("word", "label", "name", "token");

    /** @param metadata all columns when there are several, else none */
    record Labels(String[] words, Metadata metadata) {
    }

    private MetadataReader() {
    }

    /**
     * @param rows how many rows the vectors have (after any limit); the file must have at least as
     *             many, and exactly as many when {@code limited} is false
     */
    static Labels read(Path path, int rows, boolean limited, String vectorsName, ReadWarnings warnings)
            throws IOException {
        String name = path.getFileName().toString();
        long size = Files.size(path);
        if (size > Integer.MAX_VALUE - 8) {
            throw DataFormatException.inFile(name, "metadata file larger than 2 GB");
        }
        byte[] bytes = Files.readAllBytes(path);
        List<String> lines = lines(bytes, name, warnings);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw DataFormatException.inFile(name, "the metadata file is empty");
        }
        String[] header = lines.get(0).split("\t", -1);
        boolean hasHeader = header.length > 1;
        int available = lines.size() - (hasHeader ? 1 : 0);
        if (available < rows || (!limited && available != rows)) {
            throw DataFormatException.inFile(name, "has " + available + " label rows but " + vectorsName + " has "
                    + rows + " vectors" + (hasHeader ? " (the first line is a header, as there are several columns)" : ""));
        }
        if (!hasHeader) {
            return new Labels(lines.subList(0, rows).toArray(String[]::new), Metadata.none());
        }
        List<String[]> columns = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            columns.add(new String[rows]);
        }
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split("\t", -1);
            if (cells.length != header.length) {
                throw DataFormatException.atLine(name, r + 2, "has " + cells.length + " columns, but the header has "
                        + header.length);
            }
            for (int c = 0; c < cells.length; c++) {
                columns.get(c)[r] = cells[c];
            }
        }
        String[] words = columns.get(wordColumn(header)).clone();
        return new Labels(words, Metadata.of(Arrays.asList(header), columns));
    }

    static int wordColumn(String[] header) {
        for (String wanted : WORD_COLUMNS) {
            for (int c = 0; c < header.length; c++) {
                if (header[c].trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return c;
                }
            }
        }
        return 0;
    }

    /** Lines without their '\n' or "\r\n"; a leading BOM dropped; invalid UTF-8 replaced. */
    private static List<String> lines(byte[] bytes, String name, ReadWarnings warnings) {
        List<String> lines = new ArrayList<>();
        WordDecoder decoder = new WordDecoder();
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (i < bytes.length || end > start) {
                    String line = decoder.decode(bytes, start, end - start);
                    if (decoder.replaced()) {
                        int number = lines.size() + 1;
                        warnings.add("words with invalid UTF-8", name + ", line " + number
                                + ": invalid UTF-8; bad bytes replaced by U+FFFD ('" + line + "')");
                    }
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** Where the metadata of a vectors file is looked for, and written: vectors.tsv -> metadata.tsv. */
    static Path siblingFor(Path vectors) {
        String name = vectors.getFileName().toString();
        int at = name.lastIndexOf("vectors");
        String metadata;
        if (at >= 0) {
            metadata = name.substring(0, at) + "metadata" + name.substring(at + "vectors".length());
            if (!metadata.endsWith(".tsv")) {
                metadata = stem(metadata) + ".tsv";
            }
        } else {
            metadata = stem(name) + "-metadata.tsv";
        }
        return vectors.resolveSibling(metadata);
    }

    /** Candidates for the words of an npy file, in the order they are tried. */
    static List<Path> npyCandidates(Path npy) {
        String stem = stem(npy.getFileName().toString());
        return List.of(siblingFor(npy), npy.resolveSibling(stem + ".vocab"), npy.resolveSibling(stem + ".txt"),
                npy.resolveSibling(stem + ".tsv"), npy.resolveSibling("metadata.tsv"));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
