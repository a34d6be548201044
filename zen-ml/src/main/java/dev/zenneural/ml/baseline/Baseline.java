package dev.zenneural.ml.baseline;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.nio.DoubleBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A local forecasting method: forecasts one series from that series' history alone, with nothing
 * fitted across series. Implementations are immutable and thread-safe.
 */
public interface Baseline {

    /** The model's name as statsforecast prints it in a forecast frame's column, e.g. {@code Naive}. */
    String alias();

    /**
     * The next {@code h} values after {@code history}.
     *
     * @param history the series, oldest first; finite values, long enough for the method
     * @param h the horizon, at least 1
     * @return a new array of length {@code h}
     * @throws IllegalArgumentException on a null, empty, too short or non-finite history, or
     *         {@code h < 1}
     */
    double[] forecast(double[] history, int h);

    /**
     * Forecasts every series of {@code frame} {@code h} steps past its last row.
     *
     * @return forecasts by {@code unique_id}, in the frame's series order; the map is unmodifiable,
     *         the arrays are new and belong to the caller
     * @throws IllegalArgumentException naming the series whose history the method rejects
     */
    default Map<String, double[]> forecast(TimeSeriesFrame frame, int h) {
        Map<String, double[]> forecasts = new LinkedHashMap<>();
        for (int s = 0; s < frame.seriesCount(); s++) {
            DoubleBuffer view = frame.y(s);
            double[] history = new double[view.remaining()];
            view.get(history);
            try {
                forecasts.put(frame.id(s), forecast(history, h));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("series " + frame.id(s) + ": " + alias() + ": "
                        + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableMap(forecasts);
    }
}
