package dev.zenneural.benchmarks.revisions;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of zen-core side by side in one JVM, by turns: each task (an SGEMM product or a batched
 * inference) runs for a slice of time on one build, then on the other, the order swapped every
 * round, and the ratio of each round's two rates is kept. On a shared machine whose speed drifts by
 * a third from one second to the next, separate runs compare moments rather than builds; a pair of
 * adjacent slices mostly shares its moment, so the median of the rounds' ratios measures the change.
 *
 * <p>Each build is loaded by a class loader of its own (zen-core's classes from its directory, this
 * package's task classes from this jar, nothing from the application class path), so both keep
 * their own compiled code, kernel choices and scratch.
 *
 * <pre>
 *   RevisionsByTurns BASE_CLASSES NEW_CLASSES TASK...
 *   TASK: MxNxK or MxNxK:LDA:LDB:LDC (one product), or inference:LAYERS:ROWS (e.g. inference:784-256-128-10:2000)
 * </pre>
 * {@code zen.bench.rounds} (default 30) timed rounds after {@code zen.bench.warmupRounds} (10) untimed
 * ones, slices of {@code zen.bench.sliceMs} (100) milliseconds. {@code ci/bench-revisions.sh} builds a
 * git revision and the working tree and runs this.
 */
public final class RevisionsByTurns {

    private static final int ROUNDS = Integer.getInteger("zen.bench.rounds", 30);
    private static final int WARMUP_ROUNDS = Integer.getInteger("zen.bench.warmupRounds", 10);
    private static final long SLICE_NANOS = Long.getLong("zen.bench.sliceMs", 100) * 1_000_000L;
    private static final Duration KERNEL_WAIT = Duration.ofSeconds(60);

    private RevisionsByTurns() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: RevisionsByTurns BASE_CLASSES NEW_CLASSES TASK...");
            System.exit(2);
        }
        if (ROUNDS < 1 || WARMUP_ROUNDS < 0 || SLICE_NANOS <= 0) {
            System.err.println("zen.bench.rounds must be at least 1, zen.bench.warmupRounds at least 0 and"
                    + " zen.bench.sliceMs positive");
            System.exit(2);
        }
        List<Task> tasks = new ArrayList<>();
        try {
            for (String spec : Arrays.asList(args).subList(2, args.length)) {
                tasks.add(Task.parse(spec));
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        ClassLoader[] builds = {build(args[0]), build(args[1])};
        for (ClassLoader build : builds) {
            awaitFastestKernels(build);
        }
        System.out.printf(Locale.ROOT, "base %s, new %s; %d rounds of %d ms slices by turns after %d untimed;"
                + " medians of each build's rates, and of the rounds' new/base ratios with their quartiles%n",
                args[0], args[1], ROUNDS, SLICE_NANOS / 1_000_000, WARMUP_ROUNDS);
        System.out.printf(Locale.ROOT, "%-30s %12s %12s %8s %8s %8s%n", "task", "base", "new", "new/base", "q1", "q3");
        for (Task task : tasks) {
            Runnable[] runs = {task.load(builds[0]), task.load(builds[1])};
            double[][] rates = new double[2][ROUNDS];
            double[] ratios = new double[ROUNDS];
            for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
                double[] rate = new double[2];
                for (int turn = 0; turn < 2; turn++) {
                    int which = (round & 1) == 0 ? turn : 1 - turn;
                    rate[which] = perSecond(runs[which]) * task.unitsPerRun();
                }
                if (round >= 0) {
                    rates[0][round] = rate[0];
                    rates[1][round] = rate[1];
                    ratios[round] = rate[1] / rate[0];
                }
            }
            Quartiles ratio = Quartiles.of(ratios);
            System.out.printf(Locale.ROOT, "%-30s %12.4g %12.4g %8.3f %8.3f %8.3f  %s%n", task.name(),
                    Quartiles.of(rates[0]).median(), Quartiles.of(rates[1]).median(), ratio.median(), ratio.q1(),
                    ratio.q3(), task.unit());
        }
    }

    /** Runs of {@code run} per second over one slice. */
    private static double perSecond(Runnable run) {
        long start = System.nanoTime();
        long now;
        long runs = 0;
        do {
            run.run();
            runs++;
            now = System.nanoTime();
        } while (now - start < SLICE_NANOS);
        return runs * 1e9 / (now - start);
    }

    private static ClassLoader build(String classes) throws IOException {
        Path dir = Path.of(classes);
        if (!Files.isDirectory(dir.resolve("dev/zenneural/core"))) {
            System.err.println(classes + ": not a directory of zen-core's classes (no dev/zenneural/core in it)");
            System.exit(2);
        }
        try {
            URL tasks = RevisionsByTurns.class.getProtectionDomain().getCodeSource().getLocation();
            return new URLClassLoader(new URL[] {dir.toUri().toURL(), tasks}, ClassLoader.getPlatformClassLoader());
        } catch (MalformedURLException e) {
            throw new IOException(classes, e);
        }
    }

    /**
     * Waits, in one build, for the fastest SGEMM and sigmoid kernels, as the side-by-side benchmarks
     * do; a build without that method (older than the kernel warm-ups) is timed as it comes.
     */
    private static void awaitFastestKernels(ClassLoader build) throws ReflectiveOperationException {
        for (String[] wait : new String[][] {
            {"dev.zenneural.core.kernel.Sgemm", "awaitFastestKernels"},
            {"dev.zenneural.core.kernel.Sigmoids", "awaitFastestKernel"},
        }) {
            try {
                Class.forName(wait[0], true, build).getMethod(wait[1], Duration.class).invoke(null, KERNEL_WAIT);
            } catch (NoSuchMethodException | ClassNotFoundException e) {
                System.err.println("note: this build has no " + wait[0] + "." + wait[1] + "; timed without waiting");
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(wait[0] + "." + wait[1] + " failed", e.getCause());
            }
        }
    }

    /** What one turn times. */
    private record Task(String name, String unit, double unitsPerRun, String className, Object[] arguments,
            Class<?>[] parameterTypes) {

        static Task parse(String spec) {
            if (spec.startsWith("inference:")) {
                String[] parts = spec.split(":", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException("task " + spec + ": expected inference:LAYERS:ROWS");
                }
                int[] layers;
                int rows;
                try {
                    layers = Arrays.stream(parts[1].split("-", -1)).mapToInt(Integer::parseInt).toArray();
                    rows = Integer.parseInt(parts[2]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("task " + spec + ": LAYERS are sizes joined by '-', ROWS a"
                            + " whole number", e);
                }
                if (layers.length < 2 || Arrays.stream(layers).anyMatch(size -> size <= 0) || rows <= 0) {
                    throw new IllegalArgumentException("task " + spec + ": at least two positive layer sizes and a"
                            + " positive row count");
                }
                return new Task(spec, "rows/s", rows, BatchedRows.class.getName(), new Object[] {layers, rows},
                        new Class<?>[] {int[].class, int.class});
            }
            Shape shape = Shape.parse(spec);
            return new Task(spec, "GFLOP/s", shape.flops() / 1e9, GemmProduct.class.getName(),
                    new Object[] {spec, 7L}, new Class<?>[] {String.class, long.class});
        }

        Runnable load(ClassLoader build) throws ReflectiveOperationException {
            return (Runnable) Class.forName(className, true, build).getConstructor(parameterTypes)
                    .newInstance(arguments);
        }
    }
}
