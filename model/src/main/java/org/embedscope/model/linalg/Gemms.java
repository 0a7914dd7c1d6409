package org.embedscope.model.linalg;

/** Chooses the kernel once: the Vector API class is loaded only when its module is present. */
final class Gemms {
    static final Gemm PLAIN = new PlainGemm();
    static final Gemm BEST = choose();

    private Gemms() {
    }

    private static Gemm choose() {
        if (Boolean.getBoolean("embedscope.plainKernels")
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return PLAIN;
        }
        try {
            return (Gemm) Class.forName("org.embedscope.model.linalg.SimdGemm")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return PLAIN;
        }
    }
}
