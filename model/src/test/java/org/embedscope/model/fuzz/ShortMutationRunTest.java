package org.embedscope.model.fuzz;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.embedscope.model.io.VectorFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The short fuzz run of {@code mvn test}: a seeded random mutator (not Jazzer, which only replays its
 * seeds outside {@code -Pfuzz}) flips, cuts, repeats and inserts bytes of every seed of the Jazzer
 * fuzz tests, a fixed number of times each, and checks every result with {@link FuzzHarness}.
 * The seed of the random generator is fixed, so a failure reproduces.
 */
class ShortMutationRunTest {
    private static final int MUTANTS_PER_SEED = 40;
    private static final byte[] INTERESTING = {0, ' ', '\t', '\n', '\r', '-', '.', 'e', 'n', '9', (byte) 0x80,
            (byte) 0xC3, (byte) 0xFF, 0x1F, (byte) 0x8B, 0x7F};

    @TestFactory
    Stream<DynamicTest> readers() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        Object[][] targets = {{"detected", "input.txt", null}, {"glove", "input.txt", VectorFormat.GLOVE},
            {"word2vecText", "input.vec", VectorFormat.WORD2VEC}, {"word2vecBinary", "input.bin",
                VectorFormat.WORD2VEC_BINARY}, {"tsv", "input.tsv", VectorFormat.TSV},
            {"npy", "input.npy", VectorFormat.NPY}};
        for (Object[] target : targets) {
            for (Path seed : seeds("ReaderFuzzTestInputs/" + target[0])) {
                byte[] original = Files.readAllBytes(seed);
                tests.add(DynamicTest.dynamicTest(target[0] + "/" + seed.getFileName(), () -> {
                    Random random = new Random(seed.getFileName().toString().hashCode());
                    for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                        FuzzHarness.open(mutate(original, random), (String) target[1], (VectorFormat) target[2]);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> expressions() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path seed : seeds("ExpressionFuzzTestInputs/expression")) {
            byte[] original = Files.readAllBytes(seed);
            tests.add(DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
                Random random = new Random(seed.getFileName().toString().hashCode());
                for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                    FuzzHarness.expression(new String(mutate(original, random), StandardCharsets.UTF_8));
                }
            }));
        }
        return tests.stream();
    }

    private static List<Path> seeds(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(ShortMutationRunTest.class.getResource(folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** One to four random edits: flip a bit, set an interesting byte, cut, repeat a slice, or insert. */
    static byte[] mutate(byte[] input, Random random) {
        byte[] data = input.clone();
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            if (data.length == 0) {
                data = new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]};
                continue;
            }
            int at = random.nextInt(data.length);
            switch (random.nextInt(5)) {
                case 0 -> data[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> data[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 2 -> data = java.util.Arrays.copyOf(data, at);
                case 3 -> {
                    int length = Math.min(data.length - at, 1 + random.nextInt(16));
                    byte[] longer = new byte[data.length + length];
                    System.arraycopy(data, 0, longer, 0, at + length);
                    System.arraycopy(data, at, longer, at + length, data.length - at);
                    data = longer;
                }
                default -> {
                    byte[] longer = new byte[data.length + 1];
                    System.arraycopy(data, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(data, at, longer, at + 1, data.length - at);
                    data = longer;
                }
            }
        }
        return data;
    }
}
