package dev.zenneural.benchmarks.forecast;

import dev.zenneural.ml.loss.Huber;
import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.loss.Mape;
import dev.zenneural.ml.loss.Mase;
import dev.zenneural.ml.loss.Mse;
import dev.zenneural.ml.loss.Smape;

/**
 * One model of a bench run as written on the command line: {@code NAME[@MULTIPLIER][:SEED][/LOSS]},
 * e.g. {@code nhits}, {@code nhits@4} (inputSize 4h), {@code nbeats@3:2} (inputSize 3h, seed 2) or
 * {@code nbeats@3:2/smape} (trained on sMAPE), so that an ensemble can mix input windows, seeds and
 * losses as N-BEATS's does. Losses: {@code mae} (the default), {@code mse}, {@code huber}
 * (delta 1), {@code smape}, {@code mape}, {@code mase} (seasonality the bench's season). Unset
 * parts take the bench's defaults.
 *
 * @param label the text as written; the model's alias in the output
 * @param name the model ({@code nhits}, {@code naive2}, ...)
 * @param inputMultiplier inputSize in multiples of {@code h}
 * @param seed the random seed
 * @param loss the training loss
 */
record ModelSpec(String label, String name, int inputMultiplier, long seed, Loss loss) {

    /**
     * Parses {@code text}, filling unset parts from the defaults; {@code season} is MASE's seasonality.
     *
     * @throws IllegalArgumentException if the multiplier or seed is not a number, the multiplier is
     *     below 1, or the loss is not one of the bench's
     */
    static ModelSpec parse(String text, int defaultMultiplier, long defaultSeed, int season) {
        String rest = text;
        Loss loss = new Mae();
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            loss = loss(text, rest.substring(slash + 1), season);
            rest = rest.substring(0, slash);
        }
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
        return new ModelSpec(text, rest, multiplier, seed, loss);
    }

    private static Loss loss(String text, String name, int season) {
        return switch (name) {
            case "mae" -> new Mae();
            case "mse" -> new Mse();
            case "huber" -> new Huber(1);
            case "smape" -> new Smape();
            case "mape" -> new Mape();
            case "mase" -> new Mase(season);
            default -> throw new IllegalArgumentException(text + ": unknown loss '" + name
                    + "'; expected mae, mse, huber, smape, mape or mase");
        };
    }

    private static long number(String text, String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text + ": expected NAME[@MULTIPLIER][:SEED][/LOSS], '" + part
                    + "' is not a whole number", e);
        }
    }
}
