package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.loss.Mase;
import dev.zenneural.ml.loss.Smape;
import dev.zenneural.ml.scale.ScalerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Losses on a normalised batch: as they are, or mapped back to the series' scale. */
class BatchLossTest {

    // Histories 10, 12, 14 (mean 12, population std sqrt(8/3)) and 100, 100, 130 (mean 110, std sqrt(200))
    private static final float[] FIRST = {10, 12, 14, 16, 11};
    private static final float[] SECOND = {100, 100, 130, 120, 90};
    // Forecasts 15, 12 and 110, 110 in the series' units, written normalised
    private static final float[] OUT = {(float) (3 / Math.sqrt(8 / 3.0)), 0, 0, 0};

    private static WindowSettings settings(Loss loss) {
        return DLinear.builder(2).inputSize(3).scalerType(ScalerType.STANDARD).loss(loss).build().settings();
    }

    private static WindowBatch batch() {
        WindowBatch batch = new WindowBatch(settings(new Mae()), 2);
        batch.add(FIRST, FIRST.length, 3);
        batch.add(SECOND, SECOND.length, 3);
        return batch;
    }

    @Test
    void scaleFreeLossesSeeTheNormalisedValues() {
        WindowBatch batch = batch();
        float[] out = {0.5f, -1, 2, 0};
        assertEquals(new Mae().value(out, batch.targets, null, 2, 2),
                new BatchLoss(settings(new Mae())).value(out, batch));
    }

    @Test
    void percentageLossesSeeTheSeriesScale() {
        double expected = (2 * 1 / 31.0 + 2 * 1 / 23.0 + 2 * 10 / 230.0 + 2 * 20 / 200.0) / 4;
        assertEquals(expected, new BatchLoss(settings(new Smape())).value(OUT, batch()), 1e-6);
    }

    @Test
    void maseDividesEachWindowByItsHistorysNaiveError() {
        // Naive errors of the histories: (2 + 2) / 2 = 2 and (0 + 30) / 2 = 15, in the series' units
        double expected = (1 / 2.0 + 1 / 2.0 + 10 / 15.0 + 20 / 15.0) / 4;
        assertEquals(expected, new BatchLoss(settings(new Mase(1))).value(OUT, batch()), 1e-6);
    }

    @Test
    void maseOfAFlatOrPaddedHistoryIsItsMae() {
        WindowSettings s = settings(new Mase(1));
        WindowBatch batch = new WindowBatch(s, 2);
        batch.add(new float[] {5, 5, 5, 7, 9}, 5, 3);
        batch.add(new float[] {4, 6, 8}, 3, 1);
        float[] out = {0.5f, 1, -1, 2};
        assertEquals(new Mae().value(out, batch.targets, null, 2, 2), new BatchLoss(s).value(out, batch), 1e-7);
    }

    @Test
    void gradientIsWithRespectToTheNormalisedOutputs() {
        for (Loss l : List.of(new Smape(), new Mase(1))) {
            gradientMatchesFiniteDifferences(new BatchLoss(settings(l)));
        }
    }

    private static void gradientMatchesFiniteDifferences(BatchLoss loss) {
        WindowBatch batch = batch();
        float[] out = {0.3f, -0.4f, 0.2f, -0.7f};
        float[] grad = new float[4];
        loss.gradient(out, batch, grad);
        float[] numeric = new float[4];
        double eps = 1e-3;
        for (int i = 0; i < out.length; i++) {
            float saved = out[i];
            out[i] = (float) (saved + eps);
            double up = loss.value(out, batch);
            out[i] = (float) (saved - eps);
            double down = loss.value(out, batch);
            out[i] = saved;
            numeric[i] = (float) ((up - down) / (2 * eps));
        }
        assertArrayEquals(numeric, grad, 1e-4f);
    }

    /** What a device gets to compute the loss itself: each window's map, the same the value is computed under. */
    @Test
    void rowMapsAreTheMapsTheValueIsComputedUnder() {
        assertEquals(false, new BatchLoss(settings(new Mae())).mapped());
        for (Loss loss : List.of(new Smape(), new Mase(1))) {
            BatchLoss batchLoss = new BatchLoss(settings(loss));
            WindowBatch batch = batch();
            float[] scale = new float[3];
            float[] shift = new float[3];
            batchLoss.rowMaps(batch, scale, shift);
            float[] out = OUT.clone();
            float[] targets = batch.targets.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] = out[i] * scale[i / 2] + shift[i / 2];
                targets[i] = targets[i] * scale[i / 2] + shift[i / 2];
            }
            assertEquals(true, batchLoss.mapped(), loss.toString());
            assertEquals(loss.value(out, targets, null, 2, 2), batchLoss.value(OUT, batch), 1e-12, loss.toString());
        }
    }
}
