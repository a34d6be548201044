package dev.zenneural.core.kernel;

/**
 * Chooses {@link Sgemm}'s panel product once per JVM.
 *
 * <p>The Vector API product ({@code VectorProduct}) is about twice as fast as the SuperWord one on
 * large products, but it exists only where the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the module is incubating on every JDK up to 25, and
 * resolving it prints one warning line at start-up), and it only pays once C2 compiles it: without
 * C2 (as under {@code -XX:TieredStopAtLevel=1}, which the fast test tiers use) every vector becomes
 * an object and it is many times slower than plain loops. So it is used when the module is there,
 * C2 is on and vectors hold at least eight floats, from the moment its warm-up found it compiled
 * ({@link VectorWarmup}); otherwise the SuperWord product is. Both give the same bits, so the choice
 * changes speed only.
 *
 * <p>The system property {@code zen.gemm} ({@code auto}, {@code vector} or {@code superword})
 * overrides the choice; asking for {@code vector} where it cannot load is an error, not a silent
 * fallback.
 */
final class PanelProducts {

    static final String PROPERTY = "zen.gemm";
    private static final String VECTOR_CLASS = "dev.zenneural.core.kernel.VectorProduct";
    private static final PanelProduct SUPER_WORD = new SuperWordProduct();
    private static final String SETTING = System.getProperty(PROPERTY, "auto");
    private static final PanelProduct FASTEST = choose(SETTING);
    /**
     * The warm-up's large product: the fewest rows and columns that take the AVX-512 large-product
     * path (WideProduct), with a lower and a right edge, and an odd depth; shallow, because the
     * warm-up runs before C2 has compiled anything. A JVM's CPU time until the kernels were warm, three
     * JVMs each: 3.4-3.9 s with 81 x 100 x 32, 3.2-3.7 s with this, 2.6-3.1 s before the path existed
     * (most of the difference is C2 compiling the path's kernel).
     */
    private static final int WIDE_ROWS = 73;
    private static final int WIDE_COLS = 97;
    private static final int WIDE_DEPTH = 9;
    /** In {@code auto} mode the Vector API product waits for its warm-up (see {@link VectorWarmup}). */
    private static final VectorWarmup WARMUP = SETTING.equals("auto") && FASTEST != SUPER_WORD
            ? warmup(FASTEST) : null;
    static {
        if (WARMUP != null) {
            WARMUP.startInBackground();
        }
    }

    private PanelProducts() {
    }

    /** The product {@link Sgemm} uses in this JVM for the shapes it suits, once warm. */
    static PanelProduct fastest() {
        return FASTEST;
    }

    /**
     * The product for C of {@code m x n}: the fastest one if it suits the shape and is warm, else
     * SuperWord's.
     */
    static PanelProduct forShape(int m, int n) {
        return FASTEST.suits(m, n) && (WARMUP == null || WARMUP.warm()) ? FASTEST : SUPER_WORD;
    }

    /**
     * Waits at most {@code timeoutNanos} for the warm-up and returns whether the fastest product is
     * handed out for every shape it suits (true at once where no warm-up runs).
     */
    static boolean awaitFastest(long timeoutNanos) throws InterruptedException {
        return WARMUP == null || WARMUP.await(timeoutNanos);
    }

    /** A warm-up of {@code vector}, timed against the SuperWord product (see {@link VectorWarmup}). */
    static VectorWarmup warmup(PanelProduct vector) {
        // Tall and wide enough for the large-product path (WideProduct, with AVX-512) too.
        int m = WIDE_ROWS;
        int n = WIDE_COLS;
        int k = 32;
        float[] l = new float[m * k];
        float[] r = new float[k * n];
        float[] d = new float[m * n];
        java.util.Arrays.fill(l, 0.5f);
        java.util.Arrays.fill(r, 0.25f);
        return new VectorWarmup("sgemm", () -> warmupRound(vector, l, r, d, n, k),
                () -> warmupRound(SUPER_WORD, l, r, d, n, k));
    }

    /**
     * One round of small products: both ways of reading the left operand, whole register blocks and
     * edges; and one large product, with a lower and a right edge.
     */
    private static void warmupRound(PanelProduct p, float[] l, float[] r, float[] d, int ldr, int k) {
        int m = 12;
        int n = 32;
        p.rows(0, m, k, n, l, 0, k, true, 1f, r, 0, ldr, true, 1f, d, 0, n, 1);
        p.rows(0, m, k, n, l, 0, m, false, 1f, r, 0, k, false, 1f, d, 0, n, 1);
        // The lower-edge kernels (four rows and three, four and one), on R read in place and on a
        // packed R narrower than a block.
        p.rows(0, 7, k, n, l, 0, k, true, 1f, r, 0, ldr, true, 1f, d, 0, n, 1);
        p.rows(0, 5, k, n - 12, l, 0, k, true, 1f, r, 0, ldr, true, 1f, d, 0, n, 1);
        p.rows(0, WIDE_ROWS, WIDE_DEPTH, WIDE_COLS, l, 0, WIDE_DEPTH, true, 1f, r, 0, ldr, true, 1f, d, 0, WIDE_COLS, 1);
    }

    /** The SuperWord product, always available. */
    static PanelProduct superWord() {
        return SUPER_WORD;
    }

    /**
     * The Vector API product, or {@code null} when this JVM cannot load it (the module was not
     * added, or vectors are too narrow).
     */
    static PanelProduct vectorOrNull() {
        return VectorKernels.loadOrNull(VECTOR_CLASS, PanelProduct.class);
    }

    static PanelProduct choose(String setting) {
        return VectorKernels.choose(PROPERTY, setting, "superword", SUPER_WORD, VECTOR_CLASS, PanelProduct.class);
    }
}
