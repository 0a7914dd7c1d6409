package org.embedscope.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.DegenerateQueryException;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.ExpressionException;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.io.VectorFormat;
import org.embedscope.model.search.NeighborSearch;

/**
 * What every fuzz input must satisfy, shared by the Jazzer fuzz tests and the seeded mutation run:
 * a reader either gives a store that is sound (words unique and non-empty, every value finite, as
 * the parsers guarantee) or a {@link DataFormatException} naming the file; the expression parser
 * gives a vector, or one of its own exceptions. Anything else (another exception, a stack
 * overflow, an out-of-memory error) fails the input.
 */
final class FuzzHarness {
    private static final Path DIR = createDirectory();
    static final VectorStore WORDS = VectorStore.of(new String[] {"king", "queen", "man", "woman", "e-mail", "1990"},
            new float[] {1, 2, 3, 2, 1, 3, 0, 1, 1, 1, 0, 1, 5, 5, 5, 0, 0, 1}, 3, DatasetInfo.of("t", "t", "glove"));

    private FuzzHarness() {
    }

    private static Path createDirectory() {
        try {
            Path dir = Files.createTempDirectory("embedscope-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code data} as a file called {@code name}, in {@code format} (null: detected). */
    static void open(byte[] data, String name, VectorFormat format) {
        Path file = DIR.resolve(name);
        try {
            Files.write(file, data);
            VectorStore store = VectorFiles.open(file,
                    OpenOptions.defaults().withCache(false).withFormat(format), Progress.NONE);
            checkSound(store);
        } catch (DataFormatException e) {
            assertTrue(e.getMessage().startsWith(name), "the message must name the file: " + e.getMessage());
            assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.toFile().delete();
        }
    }

    private static void checkSound(VectorStore store) {
        assertTrue(store.size() > 0 && store.dimension() > 0);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < store.size(); i++) {
            assertTrue(seen.add(store.word(i)), "duplicate word " + store.word(i));
        }
        float[] values = store.rawVectors();
        assertEquals((long) store.size() * store.dimension(), values.length);
        for (float v : values) {
            assertTrue(Float.isFinite(v), "a non-finite value was stored");
        }
    }

    /** Parses and evaluates an expression and, when it is a vector, searches with it. */
    static void expression(String text) {
        try {
            VectorExpression expression = VectorExpression.parse(text, WORDS);
            double[] vector = expression.evaluate(WordForm.RAW);
            assertEquals(WORDS.dimension(), vector.length);
            new NeighborSearch(WORDS).nearest(vector, 3, Metric.COSINE, expression.wordIndices());
        } catch (ExpressionException | UnknownWordException | DegenerateQueryException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
        }
    }
}
