package dev.zenneural.tools.cli;

import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.tools.bench.BenchCase;
import dev.zenneural.tools.bench.BenchCases;
import dev.zenneural.tools.bench.BenchReport;
import dev.zenneural.tools.bench.Measurement;
import dev.zenneural.tools.bench.Meter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zen bench}: neural operations and forecast predictions per second, measured in this JVM,
 * beside the strategy's figures. Quick and indicative; the JMH suite ({@code ./jmh}) is the rigorous
 * measurement.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Neural operations, training epochs and forecast predictions per second, measured in"
                + " this JVM after a warm-up, beside the strategy's figures (1,153 neural ops/s and 5,720"
                + " predictions/s, measured in WASM) and the ratio.",
            "Not JMH: one timed window per line in one JVM. For rigorous figures run ./jmh (JMH: forks,"
                + " iterations, error bars)."},
        footer = {"", "Definitions:", "  one " + BenchCases.NEURAL_OP, "  one " + BenchCases.EPOCH,
            "  one " + BenchCases.PREDICTION,
            "Matrix products large enough to split (batched inference, forecasts) also use the kernels' threads:"
                + " -Dzen.threads (default all processors), e.g. JAVA_OPTS=-Dzen.threads=1 ./zen bench."})
final class BenchCommand implements Callable<Integer> {

    /**
     * The defaults take about 20 s on 2 cores, and about 35 s at the most (4 lines of at most
     * 3 + 1.5 s, the training line's at most 15 + 1.5 s, the set-up).
     */
    static final double DEFAULT_SECONDS = 1.5;
    static final double DEFAULT_WARMUP = 1;
    static final double QUICK_SECONDS = 0.5;
    static final double QUICK_WARMUP = 0.3;

    @Option(names = "--seconds", paramLabel = "S",
            description = "Measurement time per line (default " + DEFAULT_SECONDS + ").")
    Double seconds;

    @Option(names = "--warmup", paramLabel = "S",
            description = "Untimed warm-up per line before it is measured: at least S seconds, longer while the rate"
                    + " still climbs by over 5%% from one quarter of S to the next, up to 3 S; the training line "
                    + BenchCases.TRAINING_WARMUP_SCALE + " times all that (default " + DEFAULT_WARMUP + "; 0: none).")
    Double warmup;

    @Option(names = "--quick", description = "A smoke run: --warmup " + QUICK_WARMUP + " --seconds " + QUICK_SECONDS
            + " (noisier figures).")
    boolean quick;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads that run each line, 1 to " + Trainer.MAX_THREADS + " (default ${DEFAULT-VALUE}):"
                    + " inference and forecast lines run N"
                    + " callers at once, each its own rows or model, and add their rates up; the training line runs"
                    + " one training whose slopes are computed on N threads.")
    int threads;

    @Option(names = "--json", description = "Print the results as one JSON object instead of a table.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (quick && (seconds != null || warmup != null)) {
            throw usage("--quick sets the times itself; leave out --seconds and --warmup, or --quick");
        }
        double measure = quick ? QUICK_SECONDS : seconds == null ? DEFAULT_SECONDS : seconds;
        double warm = quick ? QUICK_WARMUP : warmup == null ? DEFAULT_WARMUP : warmup;
        if (!(measure > 0) || Double.isInfinite(measure)) {
            throw usage("--seconds must be a positive number, got " + measure);
        }
        if (!(warm >= 0) || Double.isInfinite(warm)) {
            throw usage("--warmup must be 0 or a positive number, got " + warm);
        }
        Usage.between(spec.commandLine(), "--threads", threads, 1, Trainer.MAX_THREADS);
        PrintWriter err = spec.commandLine().getErr();
        List<BenchReport.Line> lines = new ArrayList<>();
        for (BenchCase bench : BenchCases.standard()) {
            err.println("zen bench: " + bench.label() + " ...");
            err.flush();
            Meter meter = new Meter(warm * bench.warmupScale(), measure);
            Measurement m = meter.measure(bench.setUp().apply(threads));
            lines.add(new BenchReport.Line(bench, m));
        }
        BenchReport report = new BenchReport(warm, measure, threads, lines);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.json() : report.table());
        out.flush();
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
