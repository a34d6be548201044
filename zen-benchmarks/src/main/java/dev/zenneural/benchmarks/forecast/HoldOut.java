package dev.zenneural.benchmarks.forecast;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;

/**
 * A validation split of a training file: the last {@code h} values of every series are held out and
 * the rest is fitted, so that settings are chosen without reading the competition's test file.
 *
 * @param fit every series without its last {@code h} values
 * @param held the last {@code h} values of every series, scored as a test file would be
 */
record HoldOut(TimeSeriesFrame fit, TimeSeriesFrame held) {

    /**
     * Splits {@code train}.
     *
     * @throws IllegalArgumentException naming a series with fewer than {@code h + 2} values: the
     *         fitted part needs two values for a window and one for MASE's scale
     */
    static HoldOut of(TimeSeriesFrame train, int h) {
        TimeSeriesFrameBuilder fit = TimeSeriesFrame.builder(train.dsKind());
        TimeSeriesFrameBuilder held = TimeSeriesFrame.builder(train.dsKind());
        for (int s = 0; s < train.seriesCount(); s++) {
            int n = train.length(s);
            if (n < h + 2) {
                throw new IllegalArgumentException("series " + train.id(s) + " has " + n + " values; holding out h="
                        + h + " needs at least " + (h + 2));
            }
            for (int t = 0; t < n; t++) {
                (t < n - h ? fit : held).add(train.id(s), train.ds(s).get(t), train.y(s).get(t));
            }
        }
        return new HoldOut(fit.build(), held.build());
    }
}
