package org.embedscope.app.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The evaluation sets shipped in the assets jar (Google analogies, WordSim-353). The evaluators
 * read files, so each set is copied once to a temporary file.
 */
public final class BundledEvaluationSets {
    public static final String GOOGLE_ANALOGIES = "questions-words.txt";
    public static final String WORDSIM_353 = "EN-WS-353-ALL.txt";
    private static final String BASE = "/org/embedscope/assets/eval/";
    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private BundledEvaluationSets() {
    }

    /** A readable file with the named bundled set's contents. */
    public static Path path(String name) throws IOException {
        Path existing = EXTRACTED.get(name);
        if (existing != null && Files.isRegularFile(existing)) {
            return existing;
        }
        try (InputStream in = BundledEvaluationSets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("bundled evaluation set " + name + " is missing from the class path");
            }
            Path folder = Files.createTempDirectory("embedscope-eval");
            Path file = folder.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            EXTRACTED.put(name, file);
            return file;
        }
    }
}
