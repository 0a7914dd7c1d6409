package org.embedscope.model.search.kernel;

import java.util.function.Supplier;

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

    private static final java.util.Map<WarmUp.Target, Thread> WARM_UPS = new java.util.EnumMap<>(WarmUp.Target.class);

    /** The work a command is about to do. */
    public enum WarmUpTarget {
        /** Batched 3CosAdd evaluation. */
        ANALOGY_EVALUATION(WarmUp.Target.GEMM_ADD),
        /** Batched 3CosMul evaluation. */
        COSMUL_EVALUATION(WarmUp.Target.GEMM_MUL);

        private final WarmUp.Target target;

        WarmUpTarget(WarmUp.Target target) {
            this.target = target;
        }
    }

    private Simd() {
    }

    /**
     * Starts getting the kernels in use for some work compiled, on a background thread (once per
     * process and target), so that a short command does not run its first second on unoptimised
     * code. Call it early, before loading data. {@code -Dembedscope.warmup=false} turns warming up
     * off, to measure what it saves.
     *
     * @param sinks makes sinks of the class the real work will pass to the kernels
     */
    public static void warmUpInBackground(WarmUpTarget target, Supplier<? extends QuestionSink> sinks) {
        warmUpThread(target, sinks);
    }

    /** Waits until the kernels for this work are compiled (a few seconds at most); starts if needed. */
    public static void awaitWarmUp(WarmUpTarget target, Supplier<? extends QuestionSink> sinks) {
        Thread thread = warmUpThread(target, sinks);
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static synchronized Thread warmUpThread(WarmUpTarget target, Supplier<? extends QuestionSink> sinks) {
        if (CHOSEN != VECTOR || "false".equals(System.getProperty("embedscope.warmup"))) {
            return null;
        }
        return WARM_UPS.computeIfAbsent(target.target, t -> {
            Thread thread = new Thread(() -> WarmUp.run(CHOSEN, t, sinks), "kernel warm-up");
            thread.setDaemon(true);
            thread.start();
            return thread;
        });
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
