package dev.zenneural.dataframes;

import dev.zenneural.ml.forecast.ForecastFrame;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Forecasts as an {@link ArrowTable} in neuralforecast's layout: unique_id, ds, cutoff (from
 * cross-validation), then one float64 column per model output; NaN stays NaN.
 */
final class ForecastToArrow {

    private ForecastToArrow() {
    }

    static ArrowTable table(ForecastFrame forecast) {
        int rows = forecast.rowCount();
        IdRuns ids = idRuns(forecast);
        long[] ds = new long[rows];
        long[] cutoff = forecast.hasCutoff() ? new long[rows] : null;
        for (int r = 0; r < rows; r++) {
            ds[r] = forecast.ds(r);
            if (cutoff != null) {
                cutoff[r] = forecast.cutoff(r);
            }
        }
        List<ColumnFill> fills = new ArrayList<>();
        fills.add(ids);
        fills.add(ArrowTable.dsFill(forecast.dsKind(), LongBuffer.wrap(ds), ids));
        if (cutoff != null) {
            fills.add(ArrowTable.dsFill(forecast.dsKind(), LongBuffer.wrap(cutoff), ids));
        }
        for (String column : forecast.columns()) {
            fills.add(NumberFills.float64(DoubleBuffer.wrap(forecast.column(column))));
        }
        return new ArrowTable(FrameArrowSchema.of(forecast.dsKind(), cutoff != null, forecast.columns()), fills,
                rows);
    }

    /** Runs of equal neighbouring ids: a series' h rows, or a series' rows of one window. */
    private static IdRuns idRuns(ForecastFrame forecast) {
        List<String> ids = new ArrayList<>();
        int[] ends = new int[Math.max(1, forecast.rowCount())];
        for (int r = 0; r < forecast.rowCount(); r++) {
            String id = forecast.id(r);
            if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
                ids.add(id);
            }
            ends[ids.size() - 1] = r + 1;
        }
        return new IdRuns(ids.toArray(new String[0]), Arrays.copyOf(ends, ids.size()));
    }
}
