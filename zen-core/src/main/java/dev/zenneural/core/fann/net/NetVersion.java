package dev.zenneural.core.fann.net;

/** The {@code .net} formats this package reads, by their first line. */
enum NetVersion {

    /** libfann 2.2's float format: as 2.0, plus the scaling block. */
    FLO_2_1("FANN_FLO_2.1", false, true),
    /** libfann 2.0's float format, without scaling. */
    FLO_2_0("FANN_FLO_2.0", false, false),
    /** Fixed point, as {@code fann_save_to_fixed} writes: a decimal point, values scaled by 2^decimal_point. */
    FIX_2_0("FANN_FIX_2.0", true, false);

    private final String magic;
    private final boolean fixed;
    private final boolean hasScale;

    NetVersion(String magic, boolean fixed, boolean hasScale) {
        this.magic = magic;
        this.fixed = fixed;
        this.hasScale = hasScale;
    }

    String magic() {
        return magic;
    }

    boolean fixed() {
        return fixed;
    }

    boolean hasScale() {
        return hasScale;
    }

    /** The version whose header is {@code line} (trailing blanks allowed), or null. */
    static NetVersion fromMagic(String line) {
        if (line == null) {
            return null;
        }
        String trimmed = line.strip();
        for (NetVersion v : values()) {
            if (v.magic.equals(trimmed)) {
                return v;
            }
        }
        return null;
    }

    static String supported() {
        StringBuilder s = new StringBuilder();
        for (NetVersion v : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(v.magic);
        }
        return s.toString();
    }
}
