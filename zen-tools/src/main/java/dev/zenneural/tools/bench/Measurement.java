package dev.zenneural.tools.bench;

/**
 * What one line measured: {@code units} of work done in {@code calls} calls, over all threads, in
 * {@code seconds} of wall-clock time (from the common start to the end of the last thread's last
 * call), after {@code warmupSeconds} of untimed calls.
 *
 * @param units units of work done in the timed window
 * @param calls calls of the workloads in the timed window
 * @param seconds the timed window's length
 * @param warmupSeconds how long the warm-up before it took (the longest thread's)
 */
public record Measurement(long units, long calls, double seconds, double warmupSeconds) {

    /** Units per second of wall-clock time. */
    public double perSecond() {
        return units / seconds;
    }
}
