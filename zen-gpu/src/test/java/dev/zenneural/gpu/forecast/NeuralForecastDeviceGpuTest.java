package dev.zenneural.gpu.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.forecast.DLinear;
import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.Mlp;
import dev.zenneural.ml.forecast.NBeats;
import dev.zenneural.ml.forecast.NHits;
import dev.zenneural.ml.forecast.NLinear;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.forecast.Rnn;
import dev.zenneural.ml.forecast.StepReport;
import dev.zenneural.ml.forecast.Tcn;
import dev.zenneural.ml.forecast.TrainingBackend;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.loss.Huber;
import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mape;
import dev.zenneural.ml.loss.Mase;
import dev.zenneural.ml.loss.Mse;
import dev.zenneural.ml.loss.QuantileLoss;
import dev.zenneural.ml.loss.Smape;
import dev.zenneural.ml.scale.ScalerType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * zen-ml's MLP, NLinear, DLinear, N-BEATS, N-HiTS, RNN, LSTM, GRU and TCN trained through NeuralForecast
 * on the OpenCL device against the same model trained on the host, with each of zen-ml's losses: the same losses step by step and the same forecasts, up to float rounding (measured on
 * PoCL: losses within 1e-7 relative over 30 steps, forecasts within 8e-6 on series of about 50 to
 * 110; the tolerances are a hundred times that). The backend's
 * context refuses to close while buffers of it are open (a leak), so every fit that returns, or
 * fails without a suppressed exception, gave back all its device memory.
 */
@Tag("gpu")
class NeuralForecastDeviceGpuTest {

    private static final int H = 6;
    private static final TrainingBackend OPENCL = TrainingBackend.device("opencl");

    private static TimeSeriesFrame seasonal(int series, int length) {
        SplittableRandom random = new SplittableRandom(9);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < series; s++) {
            for (int t = 0; t < length; t++) {
                double y = 50 + 10 * s + 0.05 * (s % 5) * t + (5 + s) * Math.sin(2 * Math.PI * t / 12 + s * 0.7)
                        + random.nextGaussian() * 0.3;
                b.add("s" + s, t + 1, y);
            }
        }
        return b.build();
    }

    private static Mlp.Builder mlp() {
        return Mlp.builder(H).inputSize(13).hiddenSize(24).numLayers(2).maxSteps(30).learningRate(3e-3f)
                .batchSize(5).windowsBatchSize(37).scalerType(ScalerType.STANDARD).valCheckSteps(5);
    }

    /** The fit's step reports, and its forecasts. */
    private record Run(List<StepReport> steps, ForecastFrame forecast) {
    }

    private static Run fit(ForecastModel model, TrainingBackend backend, int valSize) {
        List<StepReport> steps = new ArrayList<>();
        NeuralForecast nf = new NeuralForecast(List.of(model), Frequency.INDEX, backend);
        nf.fit(seasonal(7, 60), valSize, steps::add);
        return new Run(steps, nf.predict());
    }

    private static void assertSameTraining(ForecastModel model, int valSize) {
        assertSameTraining(model, valSize, 1e-5, 1e-3);
    }

    /** Losses within {@code lossTolerance} relative, forecasts within {@code forecastTolerance}. */
    private static void assertSameTraining(ForecastModel model, int valSize, double lossTolerance,
            double forecastTolerance) {
        Run host = fit(model, TrainingBackend.host(), valSize);
        Run device = fit(model, OPENCL, valSize);
        assertEquals(host.steps().size(), device.steps().size(), "steps");
        for (int i = 0; i < host.steps().size(); i++) {
            StepReport h = host.steps().get(i);
            StepReport d = device.steps().get(i);
            assertEquals(h.trainLoss(), d.trainLoss(), lossTolerance * Math.max(1, h.trainLoss()), "train loss at step "
                    + h.step());
            assertEquals(h.validationLoss().isPresent(), d.validationLoss().isPresent());
            if (h.validationLoss().isPresent()) {
                assertEquals(h.validationLoss().getAsDouble(), d.validationLoss().getAsDouble(),
                        lossTolerance * Math.max(1, h.validationLoss().getAsDouble()),
                        "validation loss at step " + h.step());
            }
        }
        assertTrue(device.steps().get(device.steps().size() - 1).trainLoss() < device.steps().get(0).trainLoss(),
                "the device trained");
        ForecastFrame a = host.forecast();
        ForecastFrame b = device.forecast();
        assertEquals(a.rowCount(), b.rowCount());
        Loss loss = model.settings().loss();
        String column = model.settings().alias() + loss.outputSuffixes().get(loss.pointOutput());
        for (int r = 0; r < a.rowCount(); r++) {
            // The series are about 50 to 110.
            assertEquals(a.value(r, column), b.value(r, column), forecastTolerance, "forecast row " + r);
        }
    }

    @Test
    void maeTrainingAndForecastsMatchTheHost() {
        assertSameTraining(mlp().build(), 0);
    }

    @Test
    void mseWithClippingAndValidationMatchesTheHost() {
        assertSameTraining(mlp().loss(new Mse()).gradientClipVal(0.5).numLrDecays(2).build(), H);
    }

    @Test
    void nlinearAndDlinearMatchTheHost() {
        assertSameTraining(NLinear.builder(H).inputSize(13).maxSteps(30).learningRate(3e-3f).batchSize(5)
                .windowsBatchSize(37).scalerType(ScalerType.STANDARD).build(), 0);
        assertSameTraining(DLinear.builder(H).inputSize(13).movingAvgWindow(5).maxSteps(30).learningRate(3e-3f)
                .batchSize(5).windowsBatchSize(37).loss(new Mse()).scalerType(ScalerType.STANDARD).valCheckSteps(5)
                .build(), H);
    }

    private static NBeats.Builder nbeats() {
        return NBeats.builder(H).inputSize(13).hiddenSize(16).maxSteps(20).learningRate(3e-3f).batchSize(5)
                .windowsBatchSize(37).scalerType(ScalerType.STANDARD).valCheckSteps(5);
    }

    @Test
    void nbeatsMatchesTheHost() {
        // Measured on PoCL: MSE losses within 1e-7 relative, as the other models.
        assertSameTraining(nbeats().loss(new Mse()).build(), H);
    }

    /**
     * With MAE the gradient of the trend's constant coefficient is a sum of +-1/n that cancels
     * exactly when the errors' signs balance; what is left is float noise (4e-9 on the host), which
     * depends on the order of the sum (the device sums bias gradients as a tree). Adam's first step
     * divides by |g| + 1e-8 and so moves that bias by up to a quarter of the learning rate either
     * way: measured on PoCL, losses then 1.2e-4 relative apart and forecasts 0.0043 (of about 50 to
     * 110). Training is the same; the tolerances say how far such noise carries.
     */
    @Test
    void nbeatsWithMaeMatchesTheHostUpToAdamsNoiseAmplification() {
        assertSameTraining(nbeats().build(), H, 1e-3, 0.05);
    }

    @Test
    void nhitsMatchesTheHost() {
        assertSameTraining(NHits.builder(H).inputSize(13).hiddenSize(16).maxSteps(20).learningRate(3e-3f)
                .batchSize(5).windowsBatchSize(37).loss(new Mse()).scalerType(ScalerType.STANDARD).valCheckSteps(5)
                .build(), H);
    }

    private static Rnn.Builder recurrent(Rnn.Builder builder) {
        return builder.inputSize(13).encoderHiddenSize(8).decoderHiddenSize(8).maxSteps(20).learningRate(3e-3f)
                .batchSize(5).windowsBatchSize(37).scalerType(ScalerType.STANDARD).valCheckSteps(5);
    }

    @Test
    void rnnMatchesTheHost() {
        assertSameTraining(recurrent(Rnn.rnn(H)).build(), 0);
    }

    @Test
    void lstmWithValidationMatchesTheHost() {
        assertSameTraining(recurrent(Rnn.lstm(H)).loss(new Mse()).build(), H);
    }

    @Test
    void gruWithClippingMatchesTheHost() {
        assertSameTraining(recurrent(Rnn.gru(H)).gradientClipVal(0.5).build(), H);
    }

    /** The recurrent layers with the losses that map windows or grow the outputs. */
    @Test
    void recurrentModelsTrainWithQuantileAndScaledLossesAsOnTheHost() {
        assertSameTraining(recurrent(Rnn.gru(H)).loss(QuantileLoss.levels(80)).build(), H);
        assertSameTraining(recurrent(Rnn.lstm(H)).loss(new Mase(12)).gradientClipVal(1.0).maxSteps(40)
                .learningRate(1e-2f).build(), 0);
        assertSameTraining(recurrent(Rnn.rnn(H)).loss(new Smape()).build(), 0);
    }

    /** Every zen-ml model and loss trains on the device; a loss of the caller's own is what it refuses. */
    @Test
    void aLossOfTheCallersOwnFailsBeforeAnyTraining() {
        List<StepReport> steps = new ArrayList<>();
        Tcn tcn = Tcn.builder(H).inputSize(12).maxSteps(2).loss(new HalfMse()).build();
        NeuralForecast nf = new NeuralForecast(List.of(mlp().build(), tcn), Frequency.INDEX, OPENCL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> nf.fit(seasonal(3, 40), 0, steps::add));
        assertTrue(e.getMessage().startsWith("TCN cannot train on opencl ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("): its loss is HalfMse, not one of zen-ml's (MAE, MSE, Huber, quantile"
                + " (QuantileLoss, MQLoss), sMAPE, MAPE and MASE); the device trains MLP, NLinear, DLinear, NBEATS,"
                + " NHITS, RNN, LSTM, GRU and TCN, with any of zen-ml's losses; train it with backend cpu"),
                e.getMessage());
        assertEquals(List.of(), steps, "nothing trained");
    }

    /** A loss of the caller's own, which the device does not know: half the MSE. */
    private static final class HalfMse implements Loss {

        private static final Mse MSE = new Mse();

        @Override
        public int outputsPerStep() {
            return 1;
        }

        @Override
        public double value(float[] forecast, float[] target, float[] mask, int rows, int h) {
            return MSE.value(forecast, target, mask, rows, h) / 2;
        }

        @Override
        public void gradient(float[] forecast, float[] target, float[] mask, int rows, int h, float[] grad) {
            MSE.gradient(forecast, target, mask, rows, h, grad);
            for (int i = 0; i < rows * h; i++) {
                grad[i] /= 2;
            }
        }

        @Override
        public List<String> outputSuffixes() {
            return List.of("");
        }

        @Override
        public String toString() {
            return "HalfMse";
        }
    }

    /** A TCN's dilated causal convolutions train on the device too, one dilation past the window. */
    @Test
    void tcnMatchesTheHost() {
        assertSameTraining(Tcn.builder(H).inputSize(13).kernelSize(2).dilations(1, 2, 4, 16).encoderHiddenSize(8)
                .decoderHiddenSize(16).maxSteps(20).learningRate(3e-3f).batchSize(5).windowsBatchSize(37)
                .loss(new Mse()).scalerType(ScalerType.STANDARD).valCheckSteps(5).build(), H);
        assertSameTraining(Tcn.builder(H).inputSize(12).kernelSize(3).dilations(1, 3).encoderHiddenSize(5)
                .decoderHiddenSize(7).decoderLayers(1).maxSteps(20).learningRate(3e-3f).batchSize(5)
                .windowsBatchSize(37).loss(QuantileLoss.levels(90)).gradientClipVal(1.0)
                .scalerType(ScalerType.STANDARD).build(), 0);
    }

    @Test
    void huberTrainsAsOnTheHost() {
        assertSameTraining(mlp().loss(new Huber(0.5)).build(), H);
    }

    /** Percentage losses see each window on its series' scale, the device through the maps it is sent. */
    @Test
    void smapeAndMapeTrainAsOnTheHost() {
        assertSameTraining(mlp().loss(new Smape()).build(), H);
        assertSameTraining(NHits.builder(H).inputSize(13).hiddenSize(16).maxSteps(20).learningRate(3e-3f)
                .batchSize(5).windowsBatchSize(37).loss(new Mape()).scalerType(ScalerType.STANDARD).build(), 0);
    }

    /** MASE divides each window by its history's seasonal-naive error, sent with the batch. */
    @Test
    void maseTrainsAsOnTheHost() {
        assertSameTraining(mlp().loss(new Mase(12)).gradientClipVal(1.0).build(), H);
        assertSameTraining(mlp().loss(new Mase(1)).scalerType(ScalerType.IDENTITY).build(), 0);
    }

    /** Quantile losses grow the net's outputs: one per quantile and step. */
    @Test
    void quantileLossesTrainAsOnTheHost() {
        assertSameTraining(mlp().loss(QuantileLoss.of(0.3)).build(), H);
        assertSameTraining(DLinear.builder(H).inputSize(13).movingAvgWindow(5).maxSteps(30).learningRate(3e-3f)
                .batchSize(5).windowsBatchSize(37).loss(QuantileLoss.levels(80, 95)).scalerType(ScalerType.STANDARD)
                .valCheckSteps(5).build(), H);
    }

    @Test
    void divergenceStopsTheFitAndFreesTheDevice() {
        Mlp wild = mlp().loss(new Mse()).learningRate(1e30f).scalerType(ScalerType.IDENTITY).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NeuralForecast(List.of(wild), Frequency.INDEX, OPENCL).fit(seasonal(3, 40)));
        assertTrue(e.getMessage().startsWith("MLP: training diverged at step "), e.getMessage());
        assertEquals(0, e.getSuppressed().length, "closing the device after the failure failed: a leak?");
    }
}
