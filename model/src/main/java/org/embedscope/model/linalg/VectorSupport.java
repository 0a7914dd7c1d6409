package org.embedscope.model.linalg;

/**
 * Whether the incubating Vector API can be used, and loading of the classes that use it: they are
 * only ever named by string, so a JVM without {@code --add-modules jdk.incubator.vector} never
 * links them and runs the plain-Java fallbacks instead. {@code -Dembedscope.plainKernels=true}
 * forces the fallbacks (for comparisons).
 */
public final class VectorSupport {
    private VectorSupport() {
    }

    public static boolean available() {
        return !Boolean.getBoolean("embedscope.plainKernels")
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** An instance of the named class (no-argument constructor), or the fallback. */
    public static <T> T loadOr(String className, Class<T> type, T fallback) {
        if (!available()) {
            return fallback;
        }
        try {
            var constructor = Class.forName(className).getDeclaredConstructor();
            // The kernels are package-private; this class sits in another package.
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance());
        } catch (ReflectiveOperationException | LinkageError | ClassCastException | SecurityException e) {
            return fallback;
        }
    }
}
