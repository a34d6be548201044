package dev.zenneural.core.nn.train;

/** Parameter checks shared by the algorithm configurations, so their messages read alike. */
final class Checks {

    private Checks() {
    }

    static void positive(String what, float value) {
        if (!(value > 0 && Float.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, got " + value);
        }
    }

    static void atLeastZero(String what, float value) {
        if (!(value >= 0 && Float.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
        }
    }

    static void finite(String what, float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, got " + value);
        }
    }
}
