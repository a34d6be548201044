package dev.zenneural.benchmarks.revisions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The child JVM of {@link RevisionsByTurns}' separate-JVM turns: the zen-core on its class path
 * times each task (after the kernels' warm-up, {@link #WARMUP_WINDOWS} untimed windows, then the
 * mean rate of {@link #WINDOWS} timed ones) and prints one line per task, {@code RATE TASK}.
 */
public final class TaskRates {

    static final int WARMUP_WINDOWS = 2;
    static final int WINDOWS = 3;

    private TaskRates() {
    }

    public static void main(String[] args) throws Exception {
        long window = Long.parseLong(args[0]) * 1_000_000L;
        List<Task> tasks = Task.parseAll(Arrays.asList(args).subList(1, args.length));
        ClassLoader build = TaskRates.class.getClassLoader();
        Task.awaitFastestKernels(build);
        for (Task task : tasks) {
            Runnable run = task.load(build);
            for (int w = 0; w < WARMUP_WINDOWS; w++) {
                task.rate(run, window);
            }
            double sum = 0;
            for (int w = 0; w < WINDOWS; w++) {
                sum += task.rate(run, window);
            }
            System.out.printf(Locale.ROOT, "%.6g %s%n", sum / WINDOWS, task.name());
        }
    }
}
