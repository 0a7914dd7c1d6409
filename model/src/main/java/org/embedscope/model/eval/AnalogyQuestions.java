package org.embedscope.model.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.DataFormatException;

/**
 * An analogy test set in the word2vec {@code questions-words.txt} format, read as gensim's
 * {@code evaluate_word_analogies} reads it: a line starting with {@code ": "} opens a section named
 * by the rest of the line (leading ':' and ' ' characters and surrounding white space removed); any
 * other line is split at white space and must give exactly four words {@code a b c expected},
 * otherwise it is skipped (blank lines included). A question before the first section header is an
 * error, as in gensim.
 */
public record AnalogyQuestions(String name, List<Section> sections, int skippedLines) {

    /** One question as written in the file, with its 1-based line. */
    public record Question(String a, String b, String c, String expected, int line) {
    }

    public record Section(String name, List<Question> questions) {
    }

    public AnalogyQuestions {
        sections = List.copyOf(sections);
    }

    public int questionCount() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }

    public static AnalogyQuestions read(Path file) throws IOException {
        return parse(file.getFileName().toString(), TextLines.read(file, false));
    }

    /** Reads a question set from a stream (a bundled resource), named {@code name} in messages. */
    public static AnalogyQuestions read(String name, InputStream in) throws IOException {
        return parse(name, TextLines.split(name, in.readAllBytes(), false));
    }

    static AnalogyQuestions parse(String name, List<String> lines) {
        List<Section> sections = new ArrayList<>();
        String sectionName = null;
        List<Question> questions = null;
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(": ")) {
                if (sectionName != null) {
                    sections.add(new Section(sectionName, questions));
                }
                sectionName = PyText.strip(stripLeading(line, ": "));
                questions = new ArrayList<>();
                continue;
            }
            if (sectionName == null) {
                throw DataFormatException.atLine(name, i + 1,
                        "expected a section header (': name') before the first question");
            }
            List<String> words = PyText.split(line);
            if (words.size() != 4) {
                skipped++;
                continue;
            }
            questions.add(new Question(words.get(0), words.get(1), words.get(2), words.get(3), i + 1));
        }
        if (sectionName != null) {
            sections.add(new Section(sectionName, questions));
        }
        // An accuracy over no questions would read as 0 %, a result rather than a missing input.
        if (sections.stream().allMatch(s -> s.questions().isEmpty())) {
            throw DataFormatException.inFile(name, "no questions found (expected ': section' lines, each followed by"
                    + " 'a b c expected' lines)");
        }
        return new AnalogyQuestions(name, sections, skipped);
    }

    /** Python's {@code str.lstrip(chars)}: drops leading characters that are any of {@code chars}. */
    private static String stripLeading(String s, String chars) {
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }
}
