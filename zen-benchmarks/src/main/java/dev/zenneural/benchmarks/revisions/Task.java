package dev.zenneural.benchmarks.revisions;

import dev.zenneural.benchmarks.fann.FannSideBySide;
import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.io.InputFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/** What one turn times: an SGEMM product, a batched inference or a training, and the unit of its rate. */
record Task(String name, String unit, double unitsPerRun, String className, Object[] arguments,
        Class<?>[] parameterTypes) {

    /** Every task named in {@code specs}. */
    static java.util.List<Task> parseAll(java.util.List<String> specs) {
        return specs.stream().map(Task::parse).toList();
    }

    /**
     * The task {@code spec} names: {@code MxNxK}, {@code MxNxK:LDA:LDB:LDC},
     * {@code inference:LAYERS:ROWS} or {@code train:DATA:HIDDEN:ALGORITHM:EPOCHS} (see
     * {@link TrainingEpochs}; DATA a FANN data file, HIDDEN hidden layer sizes joined by ',').
     *
     * @throws IllegalArgumentException naming {@code spec} and what is wrong with it
     */
    static Task parse(String spec) {
        if (spec.startsWith("train:")) {
            return training(spec);
        }
        if (spec.startsWith("inference:")) {
            String[] parts = spec.split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("task " + spec + ": expected inference:LAYERS:ROWS");
            }
            int[] layers;
            int rows;
            try {
                layers = sizes(parts[1], "-");
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

    /** A training task, rated in connection updates per second as {@code ci/bench-fann.sh} rates it. */
    private static Task training(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("task " + spec + ": expected train:DATA:HIDDEN:ALGORITHM:EPOCHS");
        }
        int[] hidden;
        int epochs;
        try {
            hidden = sizes(parts[2], ",");
            epochs = Integer.parseInt(parts[4]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("task " + spec + ": HIDDEN are sizes joined by ',', EPOCHS a whole"
                    + " number", e);
        }
        if (Arrays.stream(hidden).anyMatch(size -> size <= 0) || epochs <= 0) {
            throw new IllegalArgumentException("task " + spec + ": positive hidden layer sizes and a positive epoch"
                    + " count");
        }
        try {
            FannSideBySide.algorithm(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("task " + spec + ": " + e.getMessage(), e);
        }
        TrainingData data;
        try {
            data = FannDataFile.read(Path.of(parts[1]));
        } catch (IOException | InputFormatException e) {
            throw new IllegalArgumentException("task " + spec + ": cannot read the data file: " + e.getMessage(), e);
        }
        long connections = TrainingEpochs.network(data, hidden).topology().totalConnections();
        return new Task(spec, "conn upd/s", (double) connections * data.numPairs() * epochs,
                TrainingEpochs.class.getName(), new Object[] {parts[1], hidden, parts[3], epochs},
                new Class<?>[] {String.class, int[].class, String.class, int.class});
    }

    /** Whole numbers joined by {@code separator}; the caller checks their signs. */
    private static int[] sizes(String text, String separator) {
        return Arrays.stream(text.split(separator, -1)).mapToInt(Integer::parseInt).toArray();
    }

    /** A new run of this task on the zen-core that {@code build} loads. */
    Runnable load(ClassLoader build) throws ReflectiveOperationException {
        return (Runnable) Class.forName(className, true, build).getConstructor(parameterTypes)
                .newInstance(arguments);
    }

    /** Runs of {@code run} per second over {@code nanos}, times {@link #unitsPerRun}. */
    double rate(Runnable run, long nanos) {
        long start = System.nanoTime();
        long now;
        long runs = 0;
        do {
            run.run();
            runs++;
            now = System.nanoTime();
        } while (now - start < nanos);
        return runs * 1e9 / (now - start) * unitsPerRun;
    }

    /**
     * Waits, in the zen-core that {@code build} loads, for the fastest SGEMM, sigmoid, iRPROP- and
     * row kernels (pair-by-pair training), as the side-by-side benchmarks do; a build without those
     * methods is timed as it comes.
     */
    static void awaitFastestKernels(ClassLoader build) throws ReflectiveOperationException {
        for (String[] wait : new String[][] {
            {"dev.zenneural.core.kernel.Sgemm", "awaitFastestKernels"},
            {"dev.zenneural.core.kernel.Sigmoids", "awaitFastestKernel"},
            {"dev.zenneural.core.kernel.RpropSteps", "awaitFastestKernel"},
            {"dev.zenneural.core.kernel.RowKernels", "awaitFastestKernel"},
        }) {
            try {
                Class.forName(wait[0], true, build).getMethod(wait[1], Duration.class)
                        .invoke(null, Duration.ofSeconds(60));
            } catch (NoSuchMethodException | ClassNotFoundException e) {
                System.err.println("note: this build has no " + wait[0] + "." + wait[1] + "; timed without waiting");
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException(wait[0] + "." + wait[1] + " failed", e.getCause());
            }
        }
    }
}
