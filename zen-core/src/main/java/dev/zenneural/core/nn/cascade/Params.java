package dev.zenneural.core.nn.cascade;

/** Parameter checks of the cascade configuration, so that their messages read alike. */
final class Params {

    private Params() {
    }

    static float positive(String what, float value) {
        if (!(value > 0 && Float.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    static float atLeastZero(String what, float value) {
        if (!(value >= 0 && Float.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    static int atLeast(String what, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be >= " + min + ", got " + value);
        }
        return value;
    }
}
