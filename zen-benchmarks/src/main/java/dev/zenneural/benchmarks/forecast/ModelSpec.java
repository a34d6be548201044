package dev.zenneural.benchmarks.forecast;

/**
 * One model of a bench run as written on the command line: {@code NAME[@MULTIPLIER][:SEED]}, e.g.
 * {@code nhits}, {@code nhits@4} (inputSize 4h) or {@code nbeats@3:2} (inputSize 3h, seed 2), so that
 * an ensemble can mix input windows and seeds as N-BEATS's does. Unset parts take the bench's
 * defaults.
 *
 * @param label the text as written; the model's alias in the output
 * @param name the model ({@code nhits}, {@code naive2}, ...)
 * @param inputMultiplier inputSize in multiples of {@code h}
 * @param seed the random seed
 */
record ModelSpec(String label, String name, int inputMultiplier, long seed) {

    /**
     * Parses {@code text}, filling unset parts from the defaults.
     *
     * @throws IllegalArgumentException if the multiplier or seed is not a number, or the multiplier is below 1
     */
    static ModelSpec parse(String text, int defaultMultiplier, long defaultSeed) {
        String rest = text;
        long seed = defaultSeed;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            seed = number(text, rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        int multiplier = defaultMultiplier;
        int at = rest.indexOf('@');
        if (at >= 0) {
            multiplier = (int) number(text, rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException(text + ": the input multiplier must be >= 1");
        }
        return new ModelSpec(text, rest, multiplier, seed);
    }

    private static long number(String text, String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text + ": expected NAME[@MULTIPLIER][:SEED], '" + part
                    + "' is not a whole number", e);
        }
    }
}
