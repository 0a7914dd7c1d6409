package org.embedscope.model.simd;

import jdk.incubator.vector.FloatVector;

/**
 * Builds the Vector API {@link Kernels}. {@link Simd} names this class only by string, after finding
 * the incubator module, so that a JVM without it never links a class that uses it.
 */
final class VectorKernels {
    private VectorKernels() {
    }

    /** Every kernel on the Vector API; the search kernels need 8 or 16 float lanes, else stay plain. */
    static Kernels create() {
        int lanes = FloatVector.SPECIES_PREFERRED.length();
        boolean searchFits = lanes == 8 || lanes == 16;
        String name = "Vector API, " + lanes + " float lanes" + (searchFits ? "" : " (search kernels in plain Java)");
        return new Kernels(name, searchFits ? new VectorSearchKernels() : new PlainSearchKernels(),
                new VectorMatrixKernel(), new VectorForceKernel(), new VectorAttractionKernel());
    }
}
