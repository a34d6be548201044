package dev.zenneural.tools.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One line of {@code zen bench}: what it measures and how to set up its work for a thread count.
 *
 * @param id a stable machine-readable name (the JSON's {@code id})
 * @param label what the table shows
 * @param unit what one counted unit is, plural ("forward passes")
 * @param strategyPerSecond the strategy's figure for the same unit, or NaN where it has none
 * @param alsoPer where not null, the rate restated in a bigger unit (connection updates as epochs)
 * @param warmupScale this line's warm-up in multiples of the asked-for one (code that takes long to
 *     compile needs more)
 * @param setUp the workloads for a thread count, one per thread that runs (set-up, untimed)
 */
public record BenchCase(String id, String label, String unit, double strategyPerSecond, AlsoPer alsoPer,
        double warmupScale, IntFunction<List<Workload>> setUp) {

    /**
     * The rate restated: {@code unitsPer} of the line's units make one {@code unit}.
     *
     * @param unit the bigger unit, singular ("epoch")
     * @param unitsPer how many of the line's units one of it is
     */
    public record AlsoPer(String unit, double unitsPer) {
    }

    /** Checks that the names are there and the warm-up scale is positive. */
    public BenchCase {
        if (!(warmupScale > 0)) {
            throw new IllegalArgumentException("warm-up scale must be positive, got " + warmupScale);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(setUp, "setUp");
    }

    /** Whether the strategy has a figure for this line. */
    public boolean hasStrategy() {
        return !Double.isNaN(strategyPerSecond);
    }
}
