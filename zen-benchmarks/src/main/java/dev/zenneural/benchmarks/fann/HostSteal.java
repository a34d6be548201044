package dev.zenneural.benchmarks.fann;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The share of CPU time the hypervisor gave to others while this virtual machine's CPUs wanted it
 * ("steal" in Linux's {@code /proc/stat}), over an interval: on this shared machine it was seen to
 * reach a third of a five-second interval, and a benchmark run through such an interval measures
 * the host as much as the code.
 */
final class HostSteal {

    private static final Path STAT = Path.of("/proc/stat");

    private final long[] start;

    private HostSteal(long[] start) {
        this.start = start;
    }

    /** Starts an interval now. */
    static HostSteal start() {
        return new HostSteal(read(STAT));
    }

    /** The stolen share of all CPUs' time since {@link #start}, or empty where the system does not say. */
    OptionalDouble share() {
        return share(start, read(STAT));
    }

    static OptionalDouble share(long[] before, long[] after) {
        if (before == null || after == null) {
            return OptionalDouble.empty();
        }
        long total = after[1] - before[1];
        return total <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (after[0] - before[0]) / total);
    }

    /**
     * The steal and total ticks of {@code /proc/stat}'s first line ({@code cpu user nice system idle
     * iowait irq softirq steal ...}), or null where the file is missing or has no steal field.
     */
    static long[] read(Path stat) {
        try {
            String[] fields = Files.readAllLines(stat).get(0).trim().split("\\s+");
            if (!fields[0].equals("cpu") || fields.length < 9) {
                return null;
            }
            long total = 0;
            // Fields 1-8: user, nice, system, idle, iowait, irq, softirq, steal; guest time is in user's.
            for (int i = 1; i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {Long.parseLong(fields[8]), total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
