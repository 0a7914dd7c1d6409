package org.embedscope.model.io;

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
 * A list of words, one per line (UTF-8), as users prepare them for a map of chosen words. Blank
 * lines and lines starting with {@code #} are skipped; surrounding spaces are dropped.
 */
public final class WordListFile {
    /** Far more than any hand-made list; a bigger file is most likely not a word list. */
    static final long MAX_BYTES = 64L << 20;

    private WordListFile() {
    }

    public static List<String> read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw DataFormatException.inFile(file.toString(), "is a folder, not a word list");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw DataFormatException.inFile(name, "is over " + (MAX_BYTES >> 20) + " MB: not a word list");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw DataFormatException.atLine(name, lineOfFirstBadByte(bytes), "not UTF-8 text");
        }
        return parse(text);
    }

    /** The words of a text: one per line, as in a file. */
    public static List<String> parse(String text) {
        List<String> words = new ArrayList<>();
        for (String line : text.split("\r?\n|\r")) {
            String word = line.strip();
            if (word.startsWith("\uFEFF")) {
                word = word.substring(1).strip();
            }
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return words;
    }

    private static long lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
