package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.backend.BackendUnavailableException;
import dev.zenneural.core.backend.CpuBackend;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The choice of where models train, and the errors of a device that is not there (no OpenCL here). */
class TrainingBackendTest {

    @Test
    void cpuIsTheHostAndOtherNamesAreDevices() {
        assertEquals(TrainingBackend.host(), TrainingBackend.parse("cpu"));
        assertEquals(TrainingBackend.host(), TrainingBackend.parse(" CPU "));
        assertEquals(Optional.empty(), TrainingBackend.host().deviceName());
        assertEquals(Optional.of("opencl"), TrainingBackend.parse("OpenCL").deviceName());
        assertEquals("opencl", TrainingBackend.device("opencl").toString());
        assertEquals(TrainingBackend.device("opencl"), TrainingBackend.parse("opencl"));
        assertThrows(IllegalArgumentException.class, () -> TrainingBackend.parse(" "));
        assertEquals(TrainingBackend.host(), new NeuralForecast(List.of(mlp()), Frequency.INDEX).backend());
    }

    private static Mlp mlp() {
        return Mlp.builder(2).inputSize(4).hiddenSize(4).numLayers(1).maxSteps(2).build();
    }

    private static TimeSeriesFrame series() {
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int t = 0; t < 20; t++) {
            b.add("a", t + 1, t % 4);
        }
        return b.build();
    }

    @Test
    void aMissingDeviceFailsTheFitWithItsName() {
        NeuralForecast nf = new NeuralForecast(List.of(mlp()), Frequency.INDEX, TrainingBackend.device("opencl"));
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> nf.fit(series()));
        assertTrue(e.getMessage().contains("no backend named 'opencl'"), e.getMessage());
        assertThrows(BackendUnavailableException.class, () -> nf.crossValidation(series(), 1, 2, false));
    }

    @Test
    void aBackendWithoutDeviceTrainingIsRefused() {
        NeuralForecast nf = new NeuralForecast(List.of(mlp()), Frequency.INDEX, TrainingBackend.device("cpu"));
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> nf.fit(series()));
        assertEquals("backend 'cpu' does not train models on a device; the opencl backend does (zen-gpu), and cpu"
                + " trains them in this JVM", e.getMessage());
        try (CpuBackend cpu = new CpuBackend()) {
            TrainingBackend given = TrainingBackend.on(cpu);
            assertEquals(Optional.of("cpu"), given.deviceName());
            NeuralForecast onGiven = new NeuralForecast(List.of(mlp()), Frequency.INDEX, given);
            assertEquals(e.getMessage(), assertThrows(BackendUnavailableException.class,
                    () -> onGiven.fit(series())).getMessage());
        }
    }
}
