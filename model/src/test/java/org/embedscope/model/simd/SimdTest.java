package org.embedscope.model.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimdTest {
    private static final boolean MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    @Test
    void vectorKernelsAreChosenWhenTheModuleIsPresent() {
        if (!MODULE) {
            assertNull(Simd.vector());
            assertSame(Simd.plain(), Simd.kernels());
            return;
        }
        Kernels vector = Simd.vector();
        assertNotNull(vector);
        assertSame("false".equals(System.getProperty("embedscope.simd")) ? Simd.plain() : vector, Simd.kernels());
        assertEquals("VectorMatrixKernel", vector.matrix().getClass().getSimpleName());
        assertEquals("VectorForceKernel", vector.forces().getClass().getSimpleName());
        assertEquals("VectorAttractionKernel", vector.attraction().getClass().getSimpleName());
        assertEquals("PlainMatrixKernel", Simd.plain().matrix().getClass().getSimpleName());
    }

    /** The one opt-out, in a JVM of its own (the choice is made once per process). */
    @Test
    void theOptOutPropertyChoosesThePlainKernels() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "--add-modules", "jdk.incubator.vector",
                "-Dembedscope.simd=false", "-cp", System.getProperty("java.class.path"), ChosenKernels.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        assertEquals("plain Java", out.lines().filter(l -> !l.startsWith("WARNING")).findFirst().orElse(""));
    }

    /** Prints the name of the kernels in use. */
    public static final class ChosenKernels {
        public static void main(String[] args) {
            System.out.println(Simd.kernels().name());
        }
    }
}
