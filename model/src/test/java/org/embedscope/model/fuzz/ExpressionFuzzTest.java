package org.embedscope.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Jazzer fuzz test of the expression parser and evaluator; seeds in ExpressionFuzzTestInputs/. */
class ExpressionFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void expression(byte[] data) {
        FuzzHarness.expression(new String(data, StandardCharsets.UTF_8));
    }
}
