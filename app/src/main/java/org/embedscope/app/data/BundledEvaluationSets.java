package org.embedscope.app.data;

import java.io.IOException;
import java.io.InputStream;
import org.embedscope.model.eval.AnalogyQuestions;

/** The evaluation sets shipped in the assets jar (Google analogies, WordSim-353), used when no file is given. */
public final class BundledEvaluationSets {
    public static final String GOOGLE_ANALOGIES = "questions-words.txt";
    public static final String WORDSIM_353 = "EN-WS-353-ALL.txt";
    private static final String BASE = "/org/embedscope/assets/eval/";

    private BundledEvaluationSets() {
    }

    /** The named set's bytes; the caller closes the stream. */
    public static InputStream open(String name) throws IOException {
        InputStream in = BundledEvaluationSets.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("bundled evaluation set " + name + " is missing from the class path");
        }
        return in;
    }

    /** The Google analogy questions. */
    public static AnalogyQuestions googleAnalogies() throws IOException {
        try (InputStream in = open(GOOGLE_ANALOGIES)) {
            return AnalogyQuestions.read(GOOGLE_ANALOGIES, in);
        }
    }
}
