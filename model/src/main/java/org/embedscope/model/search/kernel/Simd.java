package org.embedscope.model.search.kernel;

/**
 * Chooses the {@link Kernels} implementation once: the Vector API one when the incubator module
 * {@code jdk.incubator.vector} is in the boot layer and the CPU's preferred vector holds 8 or 16
 * floats, the plain one otherwise. {@code -Dembedscope.simd=false} forces the plain one, to compare.
 */
public final class Simd {
    private static final Kernels PLAIN = new PlainKernels();
    private static final Kernels VECTOR = probe();
    private static final Kernels CHOSEN =
            VECTOR != null && !"false".equals(System.getProperty("embedscope.simd")) ? VECTOR : PLAIN;

    private Simd() {
    }

    /** The implementation in use. */
    public static Kernels kernels() {
        return CHOSEN;
    }

    /** The plain-Java implementation, always available. */
    public static Kernels plain() {
        return PLAIN;
    }

    /** The Vector API implementation, or null when this runtime cannot use it. */
    public static Kernels vector() {
        return VECTOR;
    }

    private static Kernels probe() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            // Loaded reflectively so that no class touching the module is resolved without it.
            Class<?> type = Class.forName("org.embedscope.model.search.kernel.VectorKernels");
            if (!(Boolean) type.getDeclaredMethod("supported").invoke(null)) {
                return null;
            }
            var constructor = type.getDeclaredConstructor();
            return (Kernels) constructor.newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
