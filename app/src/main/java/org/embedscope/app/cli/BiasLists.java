package org.embedscope.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.app.data.bias.BiasListFiles;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.app.data.bias.WeatTest;
import org.embedscope.model.bias.BiasInputException;
import org.embedscope.model.bias.WordPair;

/**
 * The word and pair lists the bias commands take: a file, or the name of a bundled list. A file
 * that exists wins over a bundled name, so that a user's own "professions" file is never shadowed.
 */
final class BiasLists {
    static final String DEFINITIONAL = "gender";
    static final String EQUALIZE = "equalize";
    static final String PROFESSIONS = "professions";
    static final String SPECIFIC = "gender-specific";

    private BiasLists() {
    }

    /** A word list with the name reports give it. */
    record Named(String name, List<String> words) {
    }

    /** Pairs: a file, or "gender" (Bolukbasi et al.'s ten definitional pairs) or "equalize"; null is "gender". */
    static List<WordPair> pairs(String spec) throws IOException {
        String name = spec == null ? DEFINITIONAL : spec;
        Path file = existingFile(name);
        if (file != null) {
            return BiasListFiles.readPairs(file);
        }
        return switch (name) {
            case DEFINITIONAL, "definitional" -> BundledBiasLists.definitionalPairs();
            case EQUALIZE -> BundledBiasLists.equalizePairs();
            default -> throw new BiasInputException("no such file or bundled pair list: " + name
                    + " (bundled: " + DEFINITIONAL + ", " + EQUALIZE + ")");
        };
    }

    /** Words: a file, "professions", "gender-specific" or a bundled WEAT set (e.g. career). */
    static Named words(String spec) throws IOException {
        Path file = existingFile(spec);
        if (file != null) {
            return new Named(file.getFileName().toString(), BiasListFiles.readWords(file));
        }
        if (spec.equals(PROFESSIONS)) {
            return new Named(PROFESSIONS, BundledBiasLists.professionWords());
        }
        if (spec.equals(SPECIFIC)) {
            return new Named(SPECIFIC, BundledBiasLists.genderSpecific());
        }
        WeatTest.NamedWords set = BundledBiasLists.weatSet(spec);
        if (set != null) {
            return new Named(spec, set.words());
        }
        List<String> bundled = new ArrayList<>(List.of(PROFESSIONS, SPECIFIC));
        bundled.addAll(BundledBiasLists.weatSetNames());
        throw new BiasInputException("no such file or bundled word list: " + spec + " (bundled: "
                + String.join(", ", bundled) + ")");
    }

    /** The file this names, or null when there is none (or the text cannot be a path at all). */
    private static Path existingFile(String spec) {
        try {
            Path file = Path.of(spec);
            return Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
