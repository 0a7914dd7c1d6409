package org.embedscope.model.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.DataFormatException;

/**
 * Reads an evaluation file strictly as UTF-8 into lines, split the way gensim's reader splits
 * them: at {@code \n} only for the analogy file (opened in binary mode there), at {@code \n},
 * {@code \r\n} and {@code \r} for word pairs (Python's text mode). Line terminators are dropped.
 */
final class TextLines {
    private TextLines() {
    }

    static List<String> read(Path file, boolean universalNewlines) throws IOException {
        if (Files.isDirectory(file)) {
            throw org.embedscope.model.DataFormatException.inFile(file.toString(), "is a folder, not a text file");
        }
        return split(file.getFileName().toString(), Files.readAllBytes(file), universalNewlines);
    }

    static List<String> split(String name, byte[] bytes, boolean universalNewlines) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            boolean end = i == bytes.length;
            byte b = end ? 0 : bytes[i];
            if (end || b == '\n' || (universalNewlines && b == '\r')) {
                if (end && start == bytes.length) {
                    break;
                }
                lines.add(decode(bytes, start, i, name, lines.size() + 1));
                if (!end && b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String decode(byte[] bytes, int from, int to, String name, int line) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw DataFormatException.atLine(name, line, "is not valid UTF-8");
        }
    }
}
