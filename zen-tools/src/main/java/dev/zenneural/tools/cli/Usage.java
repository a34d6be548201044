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
}
