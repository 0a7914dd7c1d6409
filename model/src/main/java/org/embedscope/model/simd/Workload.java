package org.embedscope.model.simd;

import java.util.EnumSet;
import java.util.Set;

/** Work whose kernels {@link Simd} can get compiled ahead of it: each names the kernels it runs. */
public enum Workload {
    /** Dense products: PCA, custom axes, k-means, neighbour graphs. */
    MATRIX(EnumSet.of(WarmUp.Part.MATRIX)),
    /** A t-SNE run: its neighbour graph and both halves of the gradient. */
    TSNE(EnumSet.of(WarmUp.Part.MATRIX, WarmUp.Part.FORCES, WarmUp.Part.ATTRACTION)),
    /** Batched 3CosAdd evaluation. */
    ANALOGY_ADD(EnumSet.of(WarmUp.Part.GEMM_ADD)),
    /** Batched 3CosMul evaluation. */
    ANALOGY_MUL(EnumSet.of(WarmUp.Part.GEMM_MUL));

    private final Set<WarmUp.Part> parts;

    Workload(Set<WarmUp.Part> parts) {
        this.parts = parts;
    }

    Set<WarmUp.Part> parts() {
        return parts;
    }
}
