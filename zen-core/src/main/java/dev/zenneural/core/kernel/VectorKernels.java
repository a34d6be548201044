package dev.zenneural.core.kernel;

/**
 * Loads the kernels of the {@code src/main/vector} source root, which exist to the running code only
 * where the JVM resolved {@code jdk.incubator.vector} ({@code --add-modules}).
 */
final class VectorKernels {

    private VectorKernels() {
    }

    /**
     * A new instance of the vector kernel {@code className}, or {@code null} when this JVM cannot load
     * it (the module was not added) or its static {@code worthwhile()} says this CPU's vectors are
     * too narrow for it.
     */
    static <T> T loadOrNull(String className, Class<T> type) {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            Class<?> kernel = Class.forName(className);
            if (!(Boolean) kernel.getDeclaredMethod("worthwhile").invoke(null)) {
                return null;
            }
            return type.cast(kernel.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
