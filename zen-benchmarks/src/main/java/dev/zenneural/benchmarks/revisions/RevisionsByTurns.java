package dev.zenneural.benchmarks.revisions;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of zen-core timed by turns, so that a drifting machine's slow and fast moments fall on
 * both: on a shared machine whose speed moves by a third from one second to the next, a run of one
 * build after a run of the other compares moments more than builds. Each round times both builds
 * back to back (the order swapped every round) and keeps the ratio of their rates; the median of
 * the rounds' ratios measures the change.
 *
 * <p>Two ways to take turns:
 * <ul>
 *   <li>separate JVMs (the default): each round starts one JVM per build, which waits for its
 *       kernels, then times every task ({@link TaskRates}); {@code zen.bench.rounds} rounds (default
 *       6), windows of {@code zen.bench.sliceMs} (default 500) milliseconds. Slower, and each
 *       ratio compares seconds apart, but neither build's code shares a compiler with the other's;
 *   <li>{@code --same-jvm}: both builds in this JVM, each loaded by a class loader of its own
 *       (zen-core from its directory, the task classes from this jar), timed in adjacent slices
 *       ({@code zen.bench.sliceMs}, default 100) for {@code zen.bench.rounds} (default 30) rounds
 *       after {@code zen.bench.warmupRounds} (10) untimed ones. Tighter, but the builds share C2 and
 *       the JDK's Vector API classes: code one build makes C2 compile badly can slow the other too
 *       (measured here: a sigmoid with float-to-double vector conversions left both builds' 512^3
 *       products at 2.4 GFLOP/s), and a kernel change measured 1.07-1.16 here ran whole inferences
 *       at 0.7-0.8 in separate JVMs.
 * </ul>
 *
 * <pre>
 *   RevisionsByTurns [--same-jvm] BASE_CLASSES NEW_CLASSES TASK...
 *   TASK: MxNxK or MxNxK:LDA:LDB:LDC (one product), inference:LAYERS:ROWS (e.g. inference:784-256-128-10:2000)
 *         or train:DATA:HIDDEN:ALGORITHM:EPOCHS (DATA a FANN data file's path, HIDDEN sizes joined by ','; see
 *         {@link TrainingEpochs}; ci/bench-revisions.sh also takes a name in ../shared/datasets/fann)
 * </pre>
 * {@code ci/bench-revisions.sh} builds a git revision and the working tree and runs this.
 */
public final class RevisionsByTurns {

    private RevisionsByTurns() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean sameJvm = rest.remove("--same-jvm");
        if (rest.size() < 3 || rest.get(0).startsWith("--")) {
            System.err.println("usage: RevisionsByTurns [--same-jvm] BASE_CLASSES NEW_CLASSES TASK...");
            System.exit(2);
        }
        int rounds = Integer.getInteger("zen.bench.rounds", sameJvm ? 30 : 6);
        int warmupRounds = Integer.getInteger("zen.bench.warmupRounds", 10);
        long sliceMillis = Long.getLong("zen.bench.sliceMs", sameJvm ? 100 : 500);
        if (rounds < 1 || warmupRounds < 0 || sliceMillis <= 0) {
            System.err.println("zen.bench.rounds must be at least 1, zen.bench.warmupRounds at least 0 and"
                    + " zen.bench.sliceMs positive");
            System.exit(2);
        }
        List<String> specs = rest.subList(2, rest.size());
        List<Task> tasks;
        try {
            tasks = Task.parseAll(specs);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path[] builds = {classes(rest.get(0)), classes(rest.get(1))};
        double[][][] rates = sameJvm ? sameJvm(builds, tasks, rounds, warmupRounds, sliceMillis)
                : separateJvms(builds, specs, tasks.size(), rounds, sliceMillis);
        if (sameJvm) {
            System.out.printf(Locale.ROOT, "one JVM: %d rounds of %d ms slices by turns after %d untimed", rounds,
                    sliceMillis, warmupRounds);
        } else {
            System.out.printf(Locale.ROOT, "a JVM per build and round: %d rounds by turns, each the mean of %d"
                    + " windows of %d ms after %d untimed", rounds, TaskRates.WINDOWS, sliceMillis,
                    TaskRates.WARMUP_WINDOWS);
        }
        System.out.printf(Locale.ROOT, "; medians of each build's rates, and of the rounds' new/base ratios with"
                + " their quartiles%n%-30s %12s %12s %8s %8s %8s%n", "task", "base", "new", "new/base", "q1", "q3");
        for (int t = 0; t < tasks.size(); t++) {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = rates[1][t][round] / rates[0][t][round];
            }
            Quartiles ratio = Quartiles.of(ratios);
            System.out.printf(Locale.ROOT, "%-30s %12.4g %12.4g %8.3f %8.3f %8.3f  %s%n", tasks.get(t).name(),
                    Quartiles.of(rates[0][t]).median(), Quartiles.of(rates[1][t]).median(), ratio.median(),
                    ratio.q1(), ratio.q3(), tasks.get(t).unit());
        }
    }

    /** Rates {@code [build][task][round]}, both builds in this JVM. */
    private static double[][][] sameJvm(Path[] builds, List<Task> tasks, int rounds, int warmupRounds,
            long sliceMillis) throws Exception {
        URL taskClasses = taskClasses().toUri().toURL();
        ClassLoader[] loaders = new ClassLoader[2];
        for (int b = 0; b < 2; b++) {
            loaders[b] = new URLClassLoader(new URL[] {builds[b].toUri().toURL(), taskClasses},
                    ClassLoader.getPlatformClassLoader());
            Task.awaitFastestKernels(loaders[b]);
        }
        double[][][] rates = new double[2][tasks.size()][rounds];
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            Runnable[] runs = {task.load(loaders[0]), task.load(loaders[1])};
            for (int round = -warmupRounds; round < rounds; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    int b = (round & 1) == 0 ? turn : 1 - turn;
                    double rate = task.rate(runs[b], sliceMillis * 1_000_000L);
                    if (round >= 0) {
                        rates[b][t][round] = rate;
                    }
                }
            }
        }
        return rates;
    }

    /** Rates {@code [build][task][round]}, a JVM per build and round running {@link TaskRates}. */
    private static double[][][] separateJvms(Path[] builds, List<String> specs, int taskCount, int rounds,
            long sliceMillis) throws IOException, InterruptedException {
        String javaCommand = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this"));
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        double[][][] rates = new double[2][taskCount][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int b = (round & 1) == 0 ? turn : 1 - turn;
                List<String> command = new ArrayList<>();
                command.add(javaCommand);
                command.addAll(flags);
                command.addAll(List.of("-cp", builds[b] + File.pathSeparator + taskClasses(),
                        TaskRates.class.getName(), Long.toString(sliceMillis)));
                command.addAll(specs);
                double[] got = childRates(command, taskCount);
                for (int t = 0; t < taskCount; t++) {
                    rates[b][t][round] = got[t];
                }
            }
        }
        return rates;
    }

    private static double[] childRates(List<String> command, int taskCount) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("zen-bench-revisions", ".err");
        try {
            Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            }
            int status = child.waitFor();
            if (status != 0 || lines.size() != taskCount) {
                throw new IllegalStateException("the timing JVM exited with " + status + " after " + lines.size()
                        + " of " + taskCount + " tasks: " + String.join(" ", command) + "\n"
                        + Files.readString(errors, StandardCharsets.UTF_8));
            }
            return parseRates(lines);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static double[] parseRates(List<String> lines) {
        int taskCount = lines.size();
        double[] rates = new double[taskCount];
        for (int t = 0; t < taskCount; t++) {
            rates[t] = Double.parseDouble(lines.get(t).split(" ", 2)[0]);
        }
        return rates;
    }

    private static Path classes(String dir) {
        Path path = Path.of(dir);
        if (!Files.isDirectory(path.resolve("dev/zenneural/core"))) {
            System.err.println(dir + ": not a directory of zen-core's classes (no dev/zenneural/core in it)");
            System.exit(2);
        }
        return path;
    }

    /** Where this package's classes were loaded from (zen-benchmarks' jar or classes). */
    private static Path taskClasses() {
        try {
            return Path.of(RevisionsByTurns.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
