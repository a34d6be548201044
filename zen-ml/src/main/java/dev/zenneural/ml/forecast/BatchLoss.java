package dev.zenneural.ml.forecast;

import dev.zenneural.ml.loss.Loss;

/**
 * A model's {@link Loss} applied to a {@link WindowBatch}. Most losses see the normalised values as
 * they are. The others see each window mapped by {@code x * a + b} with the gradient carried back
 * (times {@code a}): a loss {@link Loss#onOriginalScale() on the original scale} sees the series'
 * units (the window's scale and shift), and a {@link Loss#scaleSeasonality() MASE-like} loss sees
 * the window divided by its history's mean seasonal-naive error, which no normalisation changes.
 */
final class BatchLoss {

    private final Loss loss;
    private final int h;
    private final int k;
    private final int inputSize;
    private final int inputWidth;
    private float[] forecast = new float[0];
    private float[] target = new float[0];
    private float[] factor = new float[0];
    private float[] shift = new float[0];

    BatchLoss(WindowSettings settings) {
        this.loss = settings.loss();
        this.h = settings.h();
        this.k = loss.outputsPerStep();
        this.inputSize = settings.inputSize();
        this.inputWidth = settings.inputWidth();
    }

    /** Whether the loss sees each window mapped ({@link #rowMaps}) rather than as it is. */
    boolean mapped() {
        return loss.onOriginalScale() || loss.scaleSeasonality() > 0;
    }

    /** The loss of the network's outputs {@code out} for the batch's windows. */
    double value(float[] out, WindowBatch batch) {
        if (!mapped()) {
            return loss.value(out, batch.targets, batch.mask, batch.rows, h);
        }
        map(out, batch);
        return loss.value(forecast, target, batch.mask, batch.rows, h);
    }

    /** Writes the gradient of {@link #value} with respect to {@code out} into {@code grad}. */
    void gradient(float[] out, WindowBatch batch, float[] grad) {
        if (!mapped()) {
            loss.gradient(out, batch.targets, batch.mask, batch.rows, h, grad);
            return;
        }
        map(out, batch);
        loss.gradient(forecast, target, batch.mask, batch.rows, h, grad);
        for (int r = 0; r < batch.rows; r++) {
            for (int i = r * h * k; i < (r + 1) * h * k; i++) {
                grad[i] *= factor[r];
            }
        }
    }

    private void map(float[] out, WindowBatch batch) {
        int rows = batch.rows;
        if (forecast.length < rows * h * k) {
            forecast = new float[rows * h * k];
            target = new float[rows * h];
            factor = new float[rows];
            shift = new float[rows];
        }
        rowMaps(batch, factor, shift);
        for (int r = 0; r < rows; r++) {
            float a = factor[r];
            float b = shift[r];
            for (int i = r * h * k; i < (r + 1) * h * k; i++) {
                forecast[i] = out[i] * a + b;
            }
            for (int i = r * h; i < (r + 1) * h; i++) {
                target[i] = batch.targets[i] * a + b;
            }
        }
    }

    /**
     * Writes the map {@code x * a + b} of each of the batch's windows ({@code a} into {@code scale},
     * {@code b} into {@code shift}) under which the loss sees it, where {@link #mapped()}: what a
     * device needs to compute the loss as {@link #value} does.
     */
    void rowMaps(WindowBatch batch, float[] scale, float[] shift) {
        int season = loss.scaleSeasonality();
        for (int r = 0; r < batch.rows; r++) {
            if (season > 0) {
                scale[r] = (float) (1 / naiveError(batch, r, season));
                shift[r] = 0;
            } else {
                scale[r] = batch.scales[r].scale();
                shift[r] = batch.scales[r].shift();
            }
        }
    }

    /**
     * The mean of {@code |x[t] - x[t - season]|} over the window's history (its available values,
     * not the padding), neuralforecast's MASE scale; 1 where it is 0 or undefined (a flat or too
     * short history), as the scalers treat a zero scale.
     */
    private double naiveError(WindowBatch batch, int row, int season) {
        int end = row * inputWidth + inputSize;
        int start = end - batch.available[row];
        double sum = 0;
        for (int t = start + season; t < end; t++) {
            sum += Math.abs(batch.inputs[t] - batch.inputs[t - season]);
        }
        int terms = end - start - season;
        return terms > 0 && sum > 0 ? sum / terms : 1;
    }
}
