package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.AdamOptimizer;
import dev.zenneural.ml.nn.Layer;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Trains one {@link ForecastModel} on a {@link SeriesSet} as neuralforecast's window models train:
 * every step samples {@code batchSize} series, then {@code windowsBatchSize} of their windows,
 * normalises each window by its own history, and takes one Adam step on the loss (learning rate
 * halved {@code numLrDecays} times over the run, gradients clipped if asked). With validation, the
 * last {@code valSize} values of each series are held out of training, checked every
 * {@code valCheckSteps} steps, and training stops after {@code earlyStopPatienceSteps} checks
 * without improvement. Deterministic for a seed: all draws come from one seeded generator.
 */
final class WindowTrainer {

    private WindowTrainer() {
    }

    static FittedModel fit(ForecastModel model, SeriesSet data, int valSize, StepListener listener) {
        WindowSettings s = model.settings();
        int minCut = s.startPaddingEnabled() ? 1 : s.inputSize();
        checkLengths(s, data, valSize, minCut);
        SplittableRandom random = new SplittableRandom(s.randomSeed());
        Layer network = model.newNetwork(random);
        AdamOptimizer adam = AdamOptimizer.of(network.parameters());
        BatchLoss loss = new BatchLoss(s);
        WindowBatch batch = new WindowBatch(s, s.windowsBatchSize());
        float[] grad = new float[s.windowsBatchSize() * s.outputSize()];
        int[] trainable = new int[data.count()];
        for (int i = 0; i < trainable.length; i++) {
            trainable[i] = i;
        }
        float[][][] exog = data.select(s.histExogList());
        float[][][] futr = data.select(s.futrExogList());
        float[][] statics = data.selectStatics(s.statExogList());
        WindowBatch validation = validationBatch(s, data, exog, futr, statics, valSize);
        int decaySteps = s.numLrDecays() > 0 ? Math.max(1, s.maxSteps() / s.numLrDecays()) : Integer.MAX_VALUE;
        double best = Double.POSITIVE_INFINITY;
        int checksWithoutImprovement = 0;
        long start = System.nanoTime();
        for (int step = 1; step <= s.maxSteps(); step++) {
            sample(s, data, exog, futr, statics, valSize, minCut, trainable, random, batch);
            adam.zeroGrad();
            float[] out = network.forward(batch.inputs, batch.rows);
            double trainLoss = loss.value(out, batch);
            if (!Double.isFinite(trainLoss)) {
                throw new IllegalStateException(s.alias() + ": training diverged at step " + step + " (loss "
                        + trainLoss + "); try a smaller learningRate or a scalerType");
            }
            loss.gradient(out, batch, grad);
            network.backward(grad, batch.rows);
            if (s.gradientClipVal() > 0) {
                adam.clipGradNorm(s.gradientClipVal());
            }
            adam.step((float) (s.learningRate() * Math.pow(0.5, (step - 1) / decaySteps)));
            OptionalDouble validationLoss = OptionalDouble.empty();
            boolean stop = false;
            if (validation != null && step % s.valCheckSteps() == 0) {
                float[] v = network.forward(validation.inputs, validation.rows);
                double value = loss.value(v, validation);
                validationLoss = OptionalDouble.of(value);
                if (value < best) {
                    best = value;
                    checksWithoutImprovement = 0;
                } else {
                    checksWithoutImprovement++;
                    stop = s.earlyStopPatienceSteps() > 0 && checksWithoutImprovement >= s.earlyStopPatienceSteps();
                }
            }
            StepReport report = new StepReport(s.alias(), step, trainLoss, validationLoss,
                    Duration.ofNanos(System.nanoTime() - start));
            if (!listener.onStep(report) || stop) {
                break;
            }
        }
        return new FittedModel(model, network);
    }

    private static void checkLengths(WindowSettings s, SeriesSet data, int valSize, int minCut) {
        if (valSize < 0) {
            throw new IllegalArgumentException("valSize must be >= 0, got " + valSize);
        }
        for (int i = 0; i < data.count(); i++) {
            int n = data.length(i) - valSize;
            if (n <= minCut) {
                String need = s.startPaddingEnabled() ? "at least 2 values" : "more than inputSize (" + s.inputSize()
                        + ") values";
                throw new IllegalArgumentException("series " + data.id(i) + " has " + data.length(i) + " values"
                        + (valSize > 0 ? " (" + n + " after holding out valSize " + valSize + ")" : "") + "; "
                        + s.alias() + " needs " + need + " to train"
                        + (s.startPaddingEnabled() ? "" : " (or startPaddingEnabled to pad short histories)"));
            }
        }
    }

    /**
     * Samples {@code batchSize} series (all when there are fewer), then {@code windowsBatchSize}
     * windows uniformly from all of theirs (all when there are fewer).
     */
    private static void sample(WindowSettings s, SeriesSet data, float[][][] exog, float[][][] futr,
            float[][] statics, int valSize, int minCut, int[] series, SplittableRandom random, WindowBatch batch) {
        int chosen = Math.min(s.batchSize(), series.length);
        // A partial Fisher-Yates shuffle picks the series without replacement.
        for (int i = 0; i < chosen; i++) {
            int j = i + random.nextInt(series.length - i);
            int t = series[i];
            series[i] = series[j];
            series[j] = t;
        }
        long total = 0;
        for (int i = 0; i < chosen; i++) {
            total += windows(data.length(series[i]) - valSize, minCut);
        }
        batch.clear();
        int rows = (int) Math.min(s.windowsBatchSize(), total);
        for (int r = 0; r < rows; r++) {
            // With fewer windows than rows every window is taken once; otherwise they are drawn.
            long pick = total <= s.windowsBatchSize() ? r : random.nextLong(total);
            for (int i = 0; i < chosen; i++) {
                int n = data.length(series[i]) - valSize;
                int count = windows(n, minCut);
                if (pick < count) {
                    batch.add(data.values(series[i]), exog[series[i]], futr[series[i]], statics[series[i]], n,
                            minCut + (int) pick);
                    break;
                }
                pick -= count;
            }
        }
    }

    /** Cuts from {@code minCut} to {@code n - 1}: each window has at least one target. */
    private static int windows(int n, int minCut) {
        return Math.max(0, n - minCut);
    }

    /** One window per series whose targets are the held-out values (the first {@code h} of them). */
    private static WindowBatch validationBatch(WindowSettings s, SeriesSet data, float[][][] exog, float[][][] futr,
            float[][] statics, int valSize) {
        if (valSize == 0) {
            return null;
        }
        WindowBatch batch = new WindowBatch(s, data.count());
        for (int i = 0; i < data.count(); i++) {
            float[] y = data.values(i);
            batch.add(y, exog[i], futr[i], statics[i], y.length, y.length - valSize);
        }
        return batch;
    }
}
