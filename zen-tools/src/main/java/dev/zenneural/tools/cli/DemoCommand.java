package dev.zenneural.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zen demo}: the first thing to run. Trains a FANN-style classifier and two forecasting
 * models on data shipped inside zen-tools, prints their accuracy beside a trivial baseline, and draws
 * the forecasts. Deterministic: fixed seeds, one thread.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a FANN network on the mushroom data and forecast AirPassengers with MLP and N-HiTS"
                + " (data shipped with zen); print accuracy against baselines and draw the forecast.",
            "Takes about 10 s on 2 cores."})
final class DemoCommand implements Callable<Integer> {

    /** The plot's file name, in the output folder. */
    static final String PLOT = "zen-demo.png";

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = ".",
            description = "Where to write " + PLOT + " (default: the current directory).")
    Path outputDir;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "100",
            description = "Most epochs for the network; it stops at MSE 0.001 (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "500",
            description = "Training steps per forecasting model (default: ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Usage.atLeastOne(spec.commandLine(), "--epochs", epochs);
        Usage.atLeastOne(spec.commandLine(), "--max-steps", maxSteps);
        long t0 = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        out.println("zen demo: a FANN network and two forecasting models, on data shipped with zen");
        out.println();
        new DemoClassification(epochs, seed).run(out);
        out.println();
        out.flush();
        Files.createDirectories(outputDir);
        new DemoForecast(maxSteps, seed).run(out, outputDir.resolve(PLOT));
        out.println();
        out.printf(Locale.ROOT, "done in %.1f s. Next: README.md (zen train/test/run, zen forecast --plot, zen cv)%n",
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
