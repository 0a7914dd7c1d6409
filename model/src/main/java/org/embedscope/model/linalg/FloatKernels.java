package org.embedscope.model.linalg;

/** Chooses the kernel once: the Vector API class is loaded only when its module is present. */
final class FloatKernels {
    static final FloatKernel PLAIN = new PlainFloatKernel();
    static final FloatKernel BEST = VectorSupport.loadOr("org.embedscope.model.linalg.SimdFloatKernel",
            FloatKernel.class, PLAIN);

    private FloatKernels() {
    }
}
