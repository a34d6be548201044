package dev.zenneural.core.nn.train;

/**
 * Parameter checks shared by zen-core's training configurations (the algorithms, the
 * {@link Trainer} and the cascade trainer), so that their messages read alike. Each returns the
 * value it accepted, for use in assignments.
 */
public final class Checks {

    private Checks() {
    }

    /** {@code value}, if it is finite and {@code > 0}. */
    public static float positive(String what, float value) {
        if (!(value > 0 && Float.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** {@code value}, if it is finite and {@code >= 0}. */
    public static float atLeastZero(String what, float value) {
        if (!(value >= 0 && Float.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /** {@code value}, if it is finite. */
    public static float finite(String what, float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, got " + value);
        }
        return value;
    }

    /** {@code value}, if it is {@code min} to {@code max}. */
    public static int between(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** {@code value}, if it is at least {@code min}. */
    public static int atLeast(String what, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be >= " + min + ", got " + value);
        }
        return value;
    }
}
