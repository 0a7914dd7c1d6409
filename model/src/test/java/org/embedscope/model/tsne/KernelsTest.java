package org.embedscope.model.tsne;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KernelsTest {
    @Test
    void simdKernelsAreLoadedWhenTheModuleIsPresent() {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertEquals(present ? "SimdForceKernel" : "PlainForceKernel", ForceKernel.best().getClass().getSimpleName());
        assertEquals(present ? "SimdAttractionKernel" : "PlainAttractionKernel",
                AttractionKernel.best().getClass().getSimpleName());
    }

    @Test
    void forceKernelsAgree() {
        SplittableRandom random = new SplittableRandom(2);
        for (int dims = 2; dims <= 3; dims++) {
            InteractionList list = new InteractionList(dims);
            for (int i = 0; i < 37; i++) {
                list.add(random.nextDouble(-5, 5), random.nextDouble(-5, 5), dims == 3 ? random.nextDouble(-5, 5) : 0,
                        1 + random.nextInt(4));
            }
            double[] plain = new double[4];
            double[] best = new double[4];
            ForceKernel.plain().sum(list, 0.5f, -1f, dims == 3 ? 2f : 0f, plain);
            ForceKernel.best().sum(list, 0.5f, -1f, dims == 3 ? 2f : 0f, best);
            assertArrayEquals(plain, best, 1e-5);
        }
    }

    @Test
    void attractionKernelsAgreeWithAHandComputedEdge() {
        // Two points (0,0) and (1,1) with p = 0.5 each way: w = 1/3, a_0 = 0.5 * (1/3) * (-1, -1).
        SparseMatrix p = new SparseMatrix(2, new int[] {0, 1, 2}, new int[] {1, 0}, new double[] {0.5, 0.5});
        EdgeBlocks edges = EdgeBlocks.of(p, 2);
        float[] y = {0, 0, 1, 1};
        for (AttractionKernel kernel : new AttractionKernel[] {AttractionKernel.plain(), AttractionKernel.best()}) {
            double[] forces = new double[4];
            kernel.rows(edges, y, 0, 2, forces);
            assertArrayEquals(new double[] {-1 / 6.0, -1 / 6.0, 1 / 6.0, 1 / 6.0}, forces, 1e-7);
        }
    }
}
