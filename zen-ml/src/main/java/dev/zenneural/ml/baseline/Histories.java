package dev.zenneural.ml.baseline;

/** The argument checks the baselines share, so that each rejects bad input the same way. */
final class Histories {

    private Histories() {
    }

    /** Rejects a horizon below 1 and a history that is null, shorter than {@code minLength} or not finite. */
    static void check(double[] history, int h, int minLength, String why) {
        if (h < 1) {
            throw new IllegalArgumentException("horizon h is " + h + "; expected at least 1");
        }
        if (history == null) {
            throw new IllegalArgumentException("history is null");
        }
        if (history.length < minLength) {
            throw new IllegalArgumentException("history has " + history.length + " values; " + why);
        }
        for (int i = 0; i < history.length; i++) {
            if (!Double.isFinite(history[i])) {
                throw new IllegalArgumentException("history[" + i + "] is " + history[i]
                        + "; expected a finite number");
            }
        }
    }

    /** Rejects a season length below 1. */
    static int seasonLength(int seasonLength) {
        if (seasonLength < 1) {
            throw new IllegalArgumentException("seasonLength is " + seasonLength + "; expected at least 1");
        }
        return seasonLength;
    }
}
