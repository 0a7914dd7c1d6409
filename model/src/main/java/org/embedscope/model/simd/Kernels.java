package org.embedscope.model.simd;

/**
 * One implementation of every hot kernel: all on the Vector API or all in plain Java, as
 * {@link Simd} chooses. Both compute the same sums in float and differ only in their last bits
 * (summation order, fused multiply-adds), which is why callers bound float error or accept it.
 *
 * @param name       which implementation and vector width, for reports
 * @param search     int8 scans, GEMM and analogy combination for neighbour search and evaluation
 * @param matrix     dense products for covariance, k-means and neighbour graphs
 * @param forces     t-SNE's repulsion sums
 * @param attraction t-SNE's attraction over sparse affinities
 */
public record Kernels(String name, SearchKernels search, MatrixKernel matrix, ForceKernel forces,
                      AttractionKernel attraction) {

    static Kernels plain() {
        return new Kernels("plain Java", new PlainSearchKernels(), new PlainMatrixKernel(), new PlainForceKernel(),
                new PlainAttractionKernel());
    }
}
