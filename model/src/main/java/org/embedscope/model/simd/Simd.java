package org.embedscope.model.simd;

import java.util.function.Supplier;

/**
 * Chooses the {@link Kernels} once per process: the Vector API ones when the incubator module
 * {@code jdk.incubator.vector} is in the boot layer, the plain-Java ones otherwise.
 * {@code -Dembedscope.simd=false} forces the plain ones, to compare. Work about to run hot kernels
 * asks for them through {@link #ready}, which first gets them compiled ({@link WarmUp});
 * {@code -Dembedscope.warmup=false} turns that off, to measure what it saves.
 */
public final class Simd {
    private static final Kernels PLAIN = Kernels.plain();
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

    /**
     * Starts getting the workload's kernels compiled on a background thread (once per process), so
     * that it overlaps with loading data. Call it early; optional.
     */
    public static void warmUpInBackground(Workload workload) {
        warmUpInBackground(workload, null);
    }

    /** @param sinks makes sinks of the class the real work will pass to the analogy kernels */
    public static void warmUpInBackground(Workload workload, Supplier<? extends QuestionSink> sinks) {
        if (warmsUp()) {
            WarmUp.start(CHOSEN, workload, sinks);
        }
    }

    /** The kernels in use, once the workload's are compiled (a few seconds at most; starts if needed). */
    public static Kernels ready(Workload workload) {
        return ready(workload, null);
    }

    /** @param sinks makes sinks of the class the real work will pass to the analogy kernels */
    public static Kernels ready(Workload workload, Supplier<? extends QuestionSink> sinks) {
        if (warmsUp()) {
            WarmUp.await(WarmUp.start(CHOSEN, workload, sinks));
        }
        return CHOSEN;
    }

    private static boolean warmsUp() {
        return CHOSEN == VECTOR && !"false".equals(System.getProperty("embedscope.warmup"));
    }

    /** The one reflective probe: no class touching the module is resolved without it. */
    private static Kernels probe() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            var create = Class.forName("org.embedscope.model.simd.VectorKernels").getDeclaredMethod("create");
            return (Kernels) create.invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
