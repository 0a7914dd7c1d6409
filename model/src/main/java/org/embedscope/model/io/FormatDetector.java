package org.embedscope.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.embedscope.model.DataFormatException;

/**
 * Tells a vector file's format from its first 64 KB, using the extension only to break ties. The
 * rules are listed in docs/formats.md; in short: the npy magic; a "WORDS DIMENSION" first line
 * followed by text (word2vec text) or by raw bytes (word2vec binary); tab-separated numbers (TSV);
 * a word followed by numbers (GloVe).
 */
final class FormatDetector {
    static final int SAMPLE_BYTES = 1 << 16;

    private FormatDetector() {
    }

    static VectorFormat detect(SourceFile file) throws IOException {
        byte[] sample = new byte[(int) Math.min(SAMPLE_BYTES, file.length())];
        int length = file.read(0, sample, 0, sample.length);
        String extension = extension(file.name());
        if (length >= 6 && Arrays.equals(Arrays.copyOf(sample, 6), NpyReader.MAGIC)) {
            return VectorFormat.NPY;
        }
        if (extension.equals("npy")) {
            throw DataFormatException.inFile(file.name(), "not a NumPy .npy file (it does not start with \\x93NUMPY)");
        }
        int start = length >= 3 && sample[0] == (byte) 0xEF && sample[1] == (byte) 0xBB && sample[2] == (byte) 0xBF
                ? 3 : 0;
        int lineEnd = indexOf(sample, (byte) '\n', start, length);
        String[] first = tokens(sample, start, lineEnd < 0 ? length : lineEnd);
        boolean tabs = indexOf(sample, (byte) '\t', start, lineEnd < 0 ? length : lineEnd) >= 0;
        if (first.length > 0 && allNumbers(first, 0) && (tabs || extension.equals("tsv"))) {
            return VectorFormat.TSV;
        }
        if (first.length == 2 && isCount(first[0]) && isCount(first[1]) && lineEnd >= 0) {
            return afterHeader(sample, lineEnd + 1, length, Long.parseLong(first[1]), extension);
        }
        // Invalid UTF-8 alone does not make a file binary: words with bad bytes are tolerated.
        if (hasControlBytes(sample, start, length)) {
            throw DataFormatException.inFile(file.name(), "not a recognised vector file: it holds binary data but no"
                    + " word2vec 'WORDS DIMENSION' header or .npy signature");
        }
        if (first.length >= 2 && allNumbers(first, 1)) {
            return VectorFormat.GLOVE;
        }
        throw DataFormatException.atLine(file.name(), 1, "cannot tell the format: the line is not 'word numbers...',"
                + " a 'WORDS DIMENSION' header or tab-separated numbers; name it with --format");
    }

    /** The content decides; a .bin name only breaks the tie of text that fits neither text shape. */
    private static VectorFormat afterHeader(byte[] sample, int from, int length, long dimension, String extension) {
        int end = indexOf(sample, (byte) '\n', from, length);
        if (end >= 0) {
            String[] second = tokens(sample, from, end);
            if (second.length == dimension + 1 && allNumbers(second, 1)) {
                return VectorFormat.WORD2VEC;
            }
            // A GloVe file of dimension 1 whose first word is a number looks like a header, but
            // its second line has the same shape as the first.
            if (second.length == 2 && allNumbers(second, 1)) {
                return VectorFormat.GLOVE;
            }
        }
        boolean text = TextSample.looksLikeText(Arrays.copyOfRange(sample, from, length), length - from);
        return text && !extension.equals("bin") ? VectorFormat.WORD2VEC : VectorFormat.WORD2VEC_BINARY;
    }

    private static boolean hasControlBytes(byte[] sample, int from, int length) {
        for (int i = from; i < length; i++) {
            int b = sample[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static String[] tokens(byte[] sample, int from, int to) {
        String line = new String(sample, from, Math.max(0, to - from), StandardCharsets.UTF_8).trim();
        return line.isEmpty() ? new String[0] : line.split("[ \t]+");
    }

    private static boolean isCount(String token) {
        return token.matches("\\d{1,18}");
    }

    private static boolean allNumbers(String[] tokens, int from) {
        for (int i = from; i < tokens.length; i++) {
            byte[] b = tokens[i].getBytes(StandardCharsets.ISO_8859_1);
            try {
                FastFloat.parse(b, 0, b.length);
            } catch (NumberFormatException e) {
                if (!FastFloat.isNonFiniteName(b, 0, b.length)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The extension that tells the format: "bin" for both x.bin and x.bin.gz. */
    static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
