package org.embedscope.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.embedscope.model.io.VectorFormat;

/**
 * Jazzer fuzz tests, one per reader (and detection, and gzip). Under {@code mvn test} they replay
 * their seeds (the malformed corpus, in ReaderFuzzTestInputs/); {@code mvn test -Pfuzz} fuzzes each
 * for a while (see DEVELOPERS.md).
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void detected(byte[] data) {
        FuzzHarness.open(data, "input.txt", null);
    }

    @FuzzTest(maxDuration = "2m")
    void glove(byte[] data) {
        FuzzHarness.open(data, "input.txt", VectorFormat.GLOVE);
    }

    @FuzzTest(maxDuration = "2m")
    void word2vecText(byte[] data) {
        FuzzHarness.open(data, "input.vec", VectorFormat.WORD2VEC);
    }

    @FuzzTest(maxDuration = "2m")
    void word2vecBinary(byte[] data) {
        FuzzHarness.open(data, "input.bin", VectorFormat.WORD2VEC_BINARY);
    }

    @FuzzTest(maxDuration = "2m")
    void tsv(byte[] data) {
        FuzzHarness.open(data, "input.tsv", VectorFormat.TSV);
    }

    @FuzzTest(maxDuration = "2m")
    void npy(byte[] data) {
        FuzzHarness.open(data, "input.npy", VectorFormat.NPY);
    }
}
