package dev.zenneural.ml.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Losses against hand-worked values, and their gradients against finite differences. */
class LossTest {

    // Two windows of h = 2: errors (forecast - target) 1, -2, 0.5, 3
    private static final float[] FORECAST = {2, 0, 1.5f, 3};
    private static final float[] TARGET = {1, 2, 1, 0};

    @Test
    void pointLossesByHand() {
        assertEquals((1 + 2 + 0.5 + 3) / 4.0, new Mae().value(FORECAST, TARGET, null, 2, 2), 1e-12);
        assertEquals((1 + 4 + 0.25 + 9) / 4.0, new Mse().value(FORECAST, TARGET, null, 2, 2), 1e-12);
        // delta 1: 0.5, 1 * (2 - 0.5), 0.125, 1 * (3 - 0.5)
        assertEquals((0.5 + 1.5 + 0.125 + 2.5) / 4, new Huber(1).value(FORECAST, TARGET, null, 2, 2), 1e-12);
    }

    @Test
    void percentageLossesByHand() {
        // 2|e| / (|y| + |ŷ|): 2/3, 4/2, 1/2.5, 6/3
        assertEquals((2.0 / 3 + 2 + 0.4 + 2) / 4, new Smape().value(FORECAST, TARGET, null, 2, 2), 1e-7);
        // |e| / |y|: 1, 1, 0.5, and 0 where the target is 0 (neuralforecast's divide-no-nan)
        assertEquals((1 + 1 + 0.5 + 0) / 4.0, new Mape().value(FORECAST, TARGET, null, 2, 2), 1e-12);
        float[] zeros = {0, 0};
        assertEquals(0, new Smape().value(zeros, zeros, null, 1, 2));
        float[] grad = new float[2];
        new Smape().gradient(zeros, zeros, null, 1, 2, grad);
        assertArrayEquals(new float[] {0, 0}, grad);
        assertTrue(new Smape().onOriginalScale() && new Mape().onOriginalScale() && !new Mae().onOriginalScale());
    }

    @Test
    void maseIsMaeUntilTheTrainerScalesIt() {
        assertEquals(new Mae().value(FORECAST, TARGET, null, 2, 2), new Mase(1).value(FORECAST, TARGET, null, 2, 2));
        assertEquals(12, new Mase(12).scaleSeasonality());
        assertEquals(0, new Mae().scaleSeasonality());
        assertThrows(IllegalArgumentException.class, () -> new Mase(0));
    }

    @Test
    void smapeGradientByHand() {
        // ŷ = 3, y = 1: d/dŷ 2(ŷ - y)/(y + ŷ) = 2 (4 - 2) / 16 = 0.25, averaged over 1 value
        float[] grad = new float[1];
        new Smape().gradient(new float[] {3}, new float[] {1}, null, 1, 1, grad);
        assertEquals(0.25f, grad[0], 1e-7f);
        // ŷ = 0.5, y = 1: 2 (-1.5 - 0.5) / 2.25 = -16/9
        new Smape().gradient(new float[] {0.5f}, new float[] {1}, null, 1, 1, grad);
        assertEquals(-16 / 9f, grad[0], 1e-6f);
    }

    @Test
    void maskedValuesDoNotCount() {
        float[] mask = {1, 0, 1, 0};
        assertEquals((1 + 0.5) / 2, new Mae().value(FORECAST, TARGET, mask, 2, 2), 1e-12);
        float[] grad = new float[4];
        new Mae().gradient(FORECAST, TARGET, mask, 2, 2, grad);
        assertArrayEquals(new float[] {0.5f, 0, 0.5f, 0}, grad);
    }

    @Test
    void quantileLossByHand() {
        // q = 0.9, u = target - forecast: -1, 2, -0.5, -3 -> 0.1, 1.8, 0.05, 0.3
        assertEquals((0.1 + 1.8 + 0.05 + 0.3) / 4, QuantileLoss.of(0.9).value(FORECAST, TARGET, null, 2, 2), 1e-9);
    }

    @Test
    void levelsGiveNeuralforecastsColumns() {
        QuantileLoss mq = QuantileLoss.levels(90, 80);
        assertEquals(List.of("-median", "-lo-90", "-lo-80", "-hi-80", "-hi-90"), mq.outputSuffixes());
        assertArrayEquals(new double[] {0.5, 0.05, 0.1, 0.9, 0.95}, mq.quantiles(), 1e-12);
        assertEquals(5, mq.outputsPerStep());
        assertThrows(IllegalArgumentException.class, () -> QuantileLoss.levels(100));
        assertThrows(IllegalArgumentException.class, () -> QuantileLoss.levels(80, 80));
        assertThrows(IllegalArgumentException.class, () -> QuantileLoss.of(1));
        assertThrows(IllegalArgumentException.class, () -> new Huber(0));
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        float[] target = {1, 2, 1, 0};
        for (Loss loss : List.of(new Mae(), new Mse(), new Huber(1), new Smape(), new Mape(), new Mase(4),
                QuantileLoss.of(0.3),
                QuantileLoss.levels(80))) {
            int k = loss.outputsPerStep();
            float[] forecast = new float[4 * k];
            for (int i = 0; i < forecast.length; i++) {
                forecast[i] = 0.37f * i - 0.9f;
            }
            float[] grad = new float[forecast.length];
            loss.gradient(forecast, target, null, 2, 2, grad);
            double eps = 1e-3;
            for (int i = 0; i < forecast.length; i++) {
                float saved = forecast[i];
                forecast[i] = (float) (saved + eps);
                double up = loss.value(forecast, target, null, 2, 2);
                forecast[i] = (float) (saved - eps);
                double down = loss.value(forecast, target, null, 2, 2);
                forecast[i] = saved;
                assertEquals((up - down) / (2 * eps), grad[i], 1e-4, loss + " output " + i);
            }
        }
    }
}
