package dev.zenneural.tools.cli;

import picocli.CommandLine;

/** Checks of option values that picocli's types cannot express; a failure is a usage error. */
final class Usage {

    private Usage() {
    }

    /**
     * Rejects a count below 1.
     *
     * @throws CommandLine.ParameterException "OPTION must be at least 1, got VALUE"
     */
    static void atLeastOne(CommandLine cli, String option, int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(cli, option + " must be at least 1, got " + value);
        }
    }

    /**
     * Rejects a count outside {@code [min, max]}.
     *
     * @throws CommandLine.ParameterException "OPTION must be between MIN and MAX, got VALUE"
     */
    static void between(CommandLine cli, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(cli,
                    option + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    /**
     * Rejects a negative count.
     *
     * @throws CommandLine.ParameterException "OPTION must be at least 0, got VALUE"
     */
    static void atLeastZero(CommandLine cli, String option, int value) {
        if (value < 0) {
            throw new CommandLine.ParameterException(cli, option + " must be at least 0, got " + value);
        }
    }

    /**
     * Rejects NaN, infinities and negative numbers.
     *
     * @throws CommandLine.ParameterException "OPTION must be a finite number >= 0, got VALUE"
     */
    static void finiteAtLeastZero(CommandLine cli, String option, float value) {
        if (!(value >= 0 && value < Float.POSITIVE_INFINITY)) {
            throw new CommandLine.ParameterException(cli, option + " must be a finite number >= 0, got " + value);
        }
    }
}
