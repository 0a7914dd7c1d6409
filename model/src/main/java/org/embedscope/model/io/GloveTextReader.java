package org.embedscope.model.io;

import ch.randelshofer.fastdoubleparser.JavaFloatParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/** Reads GloVe text: one {@code word v1 ... vD} line per word, no header. */
public final class GloveTextReader {
    public static final String FORMAT = "glove";

    private GloveTextReader() {
    }

    public static VectorStore read(Path file, Progress progress) throws IOException {
        long length = Files.size(file);
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            return read(in, length, name, file.toString(), progress);
        }
    }

    static VectorStore read(InputStream in, long length, String name, String source, Progress progress)
            throws IOException {
        LineScanner lines = new LineScanner(in);
        List<String> words = new ArrayList<>();
        FloatList values = new FloatList(1 << 20);
        int dimension = -1;
        long bytesRead = 0;
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
            bytesRead += lines.length() + 1;
            int end = trimEnd(line, lines.length());
            if (end == 0) {
                continue;
            }
            int wordEnd = indexOf(line, (byte) ' ', 0, end);
            if (wordEnd <= 0) {
                throw DataFormatException.atLine(name, lines.lineNumber(), "expected a word followed by numbers");
            }
            int count = parseValues(line, wordEnd + 1, end, values, name, lines.lineNumber());
            if (dimension < 0) {
                dimension = count;
            } else if (count != dimension) {
                throw DataFormatException.atLine(name, lines.lineNumber(),
                        "has " + count + " numbers, but earlier lines have " + dimension);
            }
            words.add(new String(line, 0, wordEnd, StandardCharsets.UTF_8));
            if ((words.size() & 8191) == 0) {
                progress.checkCancelled();
                progress.update(length > 0 ? (double) bytesRead / length : -1, "Reading " + name);
            }
        }
        if (dimension <= 0) {
            throw DataFormatException.inFile(name, "no vectors found (empty file?)");
        }
        progress.update(1, "Read " + name);
        return VectorStore.of(words.toArray(String[]::new), values.toArray(), dimension,
                DatasetInfo.of(name, source, FORMAT));
    }

    private static int parseValues(byte[] line, int from, int end, FloatList values, String name, long lineNumber) {
        int count = 0;
        int start = from;
        while (start < end) {
            int stop = indexOf(line, (byte) ' ', start, end);
            if (stop < 0) {
                stop = end;
            }
            if (stop > start) {
                try {
                    values.add(JavaFloatParser.parseFloat(line, start, stop - start));
                } catch (NumberFormatException e) {
                    String token = new String(line, start, stop - start, StandardCharsets.UTF_8);
                    throw DataFormatException.atLine(name, lineNumber, "not a number: '" + token + "'");
                }
                count++;
            }
            start = stop + 1;
        }
        return count;
    }

    private static int trimEnd(byte[] line, int length) {
        int end = length;
        while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\r' || line[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    private static int indexOf(byte[] line, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
