package org.embedscope.app.cli;

import java.io.IOException;
import java.io.InputStream;

/** The evaluation sets shipped in the assets jar, used when no file is given. */
final class BundledEvaluationData {
    static final String ANALOGIES = "questions-words.txt";
    static final String WORD_PAIRS = "EN-WS-353-ALL.txt";
    private static final String BASE = "/org/embedscope/assets/eval/";

    private BundledEvaluationData() {
    }

    static InputStream open(String name) throws IOException {
        InputStream in = BundledEvaluationData.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("resource " + BASE + name + " is missing from the class path");
        }
        return in;
    }
}
