package dev.zenneural.core.kernel;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Loads the kernels of the {@code src/main/vector} source root, which exist to the running code only
 * where the JVM resolved {@code jdk.incubator.vector} ({@code --add-modules}), and chooses between
 * each and the plain-loop kernel it replaces ({@link PanelProducts}, {@link Sigmoids}).
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

    /**
     * The kernel that {@code setting} (the value of the system property {@code property}) names:
     * {@code plain} for {@code plainName}, the vector kernel {@code className} for {@code vector}, and for
     * {@code auto} the vector kernel where it loads and C2 compiles (uncompiled Vector API code is
     * slower than plain loops), else {@code plain}.
     *
     * @throws IllegalStateException for {@code vector} where the vector kernel cannot load, or an
     *     unknown setting
     */
    static <T> T choose(String property, String setting, String plainName, T plain, String className,
            Class<T> type) {
        if (setting.equals(plainName)) {
            return plain;
        }
        switch (setting) {
            case "vector": {
                T vector = loadOrNull(className, type);
                if (vector == null) {
                    throw new IllegalStateException("-D" + property + "=vector needs a JVM started with "
                            + "--add-modules jdk.incubator.vector on a CPU with 256-bit vectors or wider");
                }
                return vector;
            }
            case "auto": {
                T vector = loadOrNull(className, type);
                return vector != null && c2Compiles() ? vector : plain;
            }
            default:
                throw new IllegalStateException("-D" + property + "=" + setting + ": expected auto, vector or "
                        + plainName);
        }
    }

    /**
     * Whether C2 compiles hot code in this JVM: not under {@code -Xint}, nor when tiered compilation
     * stops below level 4. A JVM without HotSpot's diagnostic bean is taken to have an optimizing
     * compiler.
     */
    static boolean c2Compiles() {
        HotSpotDiagnosticMXBean hotSpot;
        try {
            hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
        if (hotSpot == null) {
            return true;
        }
        try {
            if (!Boolean.parseBoolean(hotSpot.getVMOption("UseCompiler").getValue())) {
                return false;
            }
            return !Boolean.parseBoolean(hotSpot.getVMOption("TieredCompilation").getValue())
                    || Integer.parseInt(hotSpot.getVMOption("TieredStopAtLevel").getValue()) >= 4;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
