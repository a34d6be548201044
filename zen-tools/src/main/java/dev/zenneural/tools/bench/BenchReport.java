package dev.zenneural.tools.bench;

import dev.zenneural.tools.json.JsonStrings;
import java.util.List;
import java.util.Locale;

/**
 * What {@code zen bench} prints: the settings, one row per measured line beside the strategy's
 * figure, and the unit definitions; as a table or as JSON.
 *
 * @param warmupSeconds the least untimed warm-up per line
 * @param seconds measurement time per line
 * @param threads threads that ran each line
 * @param lines the lines and what each measured, in order
 */
public record BenchReport(double warmupSeconds, double seconds, int threads, List<Line> lines) {

    /** What is said about how these figures were taken, first in every report. */
    static final String NOT_JMH = "timed in this JVM after an untimed warm-up; not JMH: for rigorous figures run"
            + " ./jmh (see the README's Benchmarks section)";

    /**
     * One measured line.
     *
     * @param bench what was measured
     * @param measurement what came out
     */
    public record Line(BenchCase bench, Measurement measurement) {

        /** Ours over the strategy's figure; NaN where it has none. */
        double ratio() {
            return bench.hasStrategy() ? measurement.perSecond() / bench.strategyPerSecond() : Double.NaN;
        }
    }

    /** Copies the lines. */
    public BenchReport {
        lines = List.copyOf(lines);
    }

    /** The table, the settings above it and the definitions below it, for people. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("zen bench: ").append(NOT_JMH).append('\n');
        b.append(String.format(Locale.ROOT, "warm-up at least %s s (longer while the rate still climbs, up to %d times"
                + " that), measured %s s per line, %d thread%s; Java %s, %d processors%n", seconds(warmupSeconds),
                Meter.MAX_WARMUP_FACTOR, seconds(seconds), threads, threads == 1 ? "" : "s",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        b.append('\n');
        String format = "%-38s %7s %15s %8s %16s  %-20s %10s %8s%n";
        b.append(String.format(Locale.ROOT, format, "line", "warm-up", "count", "seconds", "per second", "unit",
                "strategy", "ratio"));
        for (Line line : lines) {
            Measurement m = line.measurement();
            BenchCase c = line.bench();
            b.append(String.format(Locale.ROOT, format, c.label(),
                    String.format(Locale.ROOT, "%.2f", m.warmupSeconds()), String.format(Locale.ROOT, "%,d", m.units()),
                    String.format(Locale.ROOT, "%.3f", m.seconds()), rate(m.perSecond()), c.unit(),
                    c.hasStrategy() ? rate(c.strategyPerSecond()) : "-",
                    c.hasStrategy() ? ratio(line.ratio()) : "-"));
            if (c.alsoPer() != null) {
                double per = c.alsoPer().unitsPer();
                b.append(String.format(Locale.ROOT, "%-38s %7s %15s %8s %16s  %s%n", "", "",
                        String.format(Locale.ROOT, "%,.0f", m.units() / per), "", rate(m.perSecond() / per),
                        c.alsoPer().unit() + "s"));
            }
        }
        b.append('\n');
        b.append("strategy: its figures, measured in WASM (another machine and runtime); ratio = ours / strategy's\n");
        b.append("one ").append(BenchCases.NEURAL_OP).append('\n');
        b.append("one ").append(BenchCases.EPOCH).append('\n');
        b.append("one ").append(BenchCases.PREDICTION).append('\n');
        return b.toString();
    }

    /** The same as one JSON object, for scripts. */
    public String json() {
        StringBuilder b = new StringBuilder();
        b.append("{\"tool\":\"zen bench\",\"jmh\":false,\"note\":").append(JsonStrings.quote(NOT_JMH))
                .append(",\"min_warmup_seconds\":").append(number(warmupSeconds))
                .append(",\"seconds\":").append(number(seconds))
                .append(",\"threads\":").append(threads)
                .append(",\"java\":").append(JsonStrings.quote(System.getProperty("java.version")))
                .append(",\"processors\":").append(Runtime.getRuntime().availableProcessors())
                .append(",\"definitions\":{\"neural_operation\":").append(JsonStrings.quote("one " + BenchCases.NEURAL_OP))
                .append(",\"training_epoch\":").append(JsonStrings.quote("one " + BenchCases.EPOCH))
                .append(",\"prediction\":").append(JsonStrings.quote("one " + BenchCases.PREDICTION))
                .append("},\"lines\":[");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BenchCase c = line.bench();
            Measurement m = line.measurement();
            b.append(i == 0 ? "" : ",").append("{\"id\":").append(JsonStrings.quote(c.id()))
                    .append(",\"label\":").append(JsonStrings.quote(c.label()))
                    .append(",\"unit\":").append(JsonStrings.quote(c.unit()))
                    .append(",\"count\":").append(m.units())
                    .append(",\"calls\":").append(m.calls())
                    .append(",\"warmup_seconds\":").append(number(m.warmupSeconds()))
                    .append(",\"seconds\":").append(number(m.seconds()))
                    .append(",\"per_second\":").append(number(m.perSecond()));
            if (c.alsoPer() != null) {
                b.append(",\"").append(c.alsoPer().unit()).append("s_per_second\":")
                        .append(number(m.perSecond() / c.alsoPer().unitsPer()));
            }
            if (c.hasStrategy()) {
                b.append(",\"strategy_per_second\":").append(number(c.strategyPerSecond()))
                        .append(",\"ratio\":").append(number(line.ratio()));
            }
            b.append('}');
        }
        return b.append("]}\n").toString();
    }

    /** Whole numbers with thousands separators where that is precise enough, else 3 significant digits. */
    private static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.3g", perSecond);
    }

    /** Three significant digits at most, whole above 100: "476x", "7.95x". */
    private static String ratio(double r) {
        return String.format(Locale.ROOT, r >= 100 ? "%.0fx" : "%.3gx", r);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3g", s);
    }

    /** A JSON number: finite doubles only (a rate over a positive time always is). */
    private static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("not a finite number: " + value);
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
