package dev.zenneural.benchmarks.revisions;

/**
 * A product's shape as {@code MxNxK}, optionally with the leading dimensions of A, B and C as
 * {@code MxNxK:LDA:LDB:LDC} (a network layer's product reads and writes rows of a wider matrix).
 */
record Shape(int m, int n, int k, int lda, int ldb, int ldc) {

    /**
     * @throws IllegalArgumentException naming {@code spec} when it is not of that form, a size is
     *     not positive, or a leading dimension is smaller than its row
     */
    static Shape parse(String spec) {
        String[] parts = spec.split(":", -1);
        String[] dims = parts[0].split("x", -1);
        if (dims.length != 3 || (parts.length != 1 && parts.length != 4)) {
            throw new IllegalArgumentException("shape " + spec + ": expected MxNxK or MxNxK:LDA:LDB:LDC");
        }
        int m = positive(spec, dims[0]);
        int n = positive(spec, dims[1]);
        int k = positive(spec, dims[2]);
        if (parts.length == 1) {
            return new Shape(m, n, k, k, n, n);
        }
        Shape s = new Shape(m, n, k, positive(spec, parts[1]), positive(spec, parts[2]), positive(spec, parts[3]));
        if (s.lda < k || s.ldb < n || s.ldc < n) {
            throw new IllegalArgumentException("shape " + spec + ": LDA must be at least K, LDB and LDC at least N");
        }
        return s;
    }

    /** Floating-point operations of one product. */
    double flops() {
        return 2.0 * m * n * k;
    }

    private static int positive(String spec, String text) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shape " + spec + ": " + text + " is not a whole number", e);
        }
        if (value <= 0) {
            throw new IllegalArgumentException("shape " + spec + ": sizes must be positive, got " + value);
        }
        return value;
    }
}
