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

    private static Thread warmUp;

    /** The work a command is about to do. */
    public enum WarmUpTarget {
        /** Batched 3CosAdd evaluation. */
        ANALOGY_EVALUATION,
        /** Batched 3CosMul evaluation. */
        COSMUL_EVALUATION,
        /** Single neighbour and analogy queries. */
        QUERIES
    }

    private Simd() {
    }

    /**
     * Starts compiling the kernels in use on a background thread (once per process), so that a
     * short command does not run its first second on unoptimised code. Call it early, before
     * loading data; later calls return at once. {@code -Dembedscope.warmup=false} turns it off, to
     * measure what it saves.
     */
    public static synchronized void warmUpInBackground(WarmUpTarget target) {
        if (warmUp == null && CHOSEN == VECTOR && !"false".equals(System.getProperty("embedscope.warmup"))) {
            WarmUp.Target t = switch (target) {
                case ANALOGY_EVALUATION -> WarmUp.Target.GEMM_ADD;
                case COSMUL_EVALUATION -> WarmUp.Target.GEMM_MUL;
                case QUERIES -> WarmUp.Target.SCANS;
            };
            warmUp = new Thread(() -> WarmUp.run(CHOSEN, t), "kernel warm-up");
            warmUp.setDaemon(true);
            warmUp.setPriority(Thread.NORM_PRIORITY - 1);
            warmUp.start();
        }
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
