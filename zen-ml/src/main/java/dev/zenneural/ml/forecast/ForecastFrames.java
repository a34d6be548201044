package dev.zenneural.ml.forecast;

import java.util.List;

/** Joins forecast frames of the same columns row-wise (the windows of a cross-validation). */
final class ForecastFrames {

    private ForecastFrames() {
    }

    static ForecastFrame concat(List<ForecastFrame> parts) {
        ForecastFrame first = parts.get(0);
        int rows = parts.stream().mapToInt(ForecastFrame::rowCount).sum();
        String[] ids = new String[rows];
        long[] ds = new long[rows];
        long[] cutoff = first.hasCutoff() ? new long[rows] : null;
        double[][] values = new double[first.columns().size()][rows];
        int at = 0;
        for (ForecastFrame part : parts) {
            for (int r = 0; r < part.rowCount(); r++, at++) {
                ids[at] = part.id(r);
                ds[at] = part.ds(r);
                if (cutoff != null) {
                    cutoff[at] = part.cutoff(r);
                }
                for (int c = 0; c < values.length; c++) {
                    values[c][at] = part.value(r, first.columns().get(c));
                }
            }
        }
        return new ForecastFrame(first.dsKind(), ids, ds, cutoff, first.columns(), values);
    }
}
