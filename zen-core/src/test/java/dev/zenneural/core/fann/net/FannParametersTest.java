package dev.zenneural.core.fann.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.BatchBackprop;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.StopFunction;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.core.nn.train.TrainingResult;
import dev.zenneural.core.nn.train.IncrementalBackprop;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Sarprop;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code .net} file's training settings turned into a trainer, as libfann would train. */
class FannParametersTest {

    private static FannParameters with(int algorithm, int errorFunction, int stopFunction) {
        FannParameters d = FannParameters.defaults();
        return new FannParameters(0.25f, 0.5f, algorithm, errorFunction, stopFunction,
                d.cascadeOutputChangeFraction(), -0.001f, 2f, 1.1f, 0.4f, 0.01f, 20f, 0.2f,
                d.cascadeOutputStagnationEpochs(), d.cascadeCandidateChangeFraction(),
                d.cascadeCandidateStagnationEpochs(), d.cascadeMaxOutEpochs(), d.cascadeMinOutEpochs(),
                d.cascadeMaxCandEpochs(), d.cascadeMinCandEpochs(), d.cascadeNumCandidateGroups(), 0.2f,
                d.cascadeCandidateLimit(), d.cascadeWeightMultiplier(), d.cascadeActivationFunctions(),
                List.of(0.5f));
    }

    @Test
    void defaultsAreFannsDefaultTraining() {
        assertEquals(Rprop.defaults(), FannParameters.defaults().algorithm());
    }

    @Test
    void everyAlgorithmIdTakesTheFilesParameters() {
        assertEquals(new IncrementalBackprop(0.25f, 0.5f), with(0, 1, 0).algorithm());
        assertEquals(new BatchBackprop(0.25f), with(1, 1, 0).algorithm());
        assertEquals(new Rprop(1.1f, 0.4f, 0.01f, 20f, 0.2f), with(2, 1, 0).algorithm());
        assertEquals(new Quickprop(0.25f, -0.001f, 2f), with(3, 1, 0).algorithm());
        Sarprop sarprop = (Sarprop) with(4, 1, 0).algorithm();
        assertEquals(1.1f, sarprop.increaseFactor());
        assertEquals(20f, sarprop.deltaMax());
        assertEquals(Sarprop.defaults().temperature(), sarprop.temperature());
    }

    @Test
    void trainerTrainsAsTheSettingsSay() {
        Network start = Network.builder().layers(2, 3, 1).seed(5).build();
        TrainingData xor = TrainingData.of(2, 1, new float[] {0, 0, 0, 1, 1, 0, 1, 1}, new float[] {0, 1, 1, 0});
        for (int error = 0; error < 2; error++) {
            for (int stop = 0; stop < 2; stop++) {
                TrainingResult fromFile = with(3, error, stop).trainer().maxEpochs(30).desiredError(1).build()
                        .train(start, xor);
                TrainingResult explicit = Trainer.builder().algorithm(new Quickprop(0.25f, -0.001f, 2f))
                        .errorFunction(ErrorFunction.values()[error]).stopFunction(StopFunction.values()[stop])
                        .bitFailLimit(0.2f).maxEpochs(30).desiredError(1).build().train(start, xor);
                assertArrayEquals(explicit.network().weights(), fromFile.network().weights());
                assertEquals(explicit.epochs(), fromFile.epochs());
                assertEquals(explicit.bitFails(), fromFile.bitFails());
            }
        }
    }

    @Test
    void whatTheReaderRefusesCannotBeMadeSoEverySavedFileLoads() {
        FannParameters d = FannParameters.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FannParameters(Float.NaN,
                0f, 2, 1, 0, 0.01f, -0.0001f, 1.75f, 1.2f, 0.5f, 0f, 50f, 0.1f, 12, 0.01f, 12, 150, 50, 150, 50, 2,
                0.35f, 1000f, 0.4f, d.cascadeActivationFunctions(), d.cascadeActivationSteepnesses()));
        assertEquals("learning_rate must be a finite number >= 0, got NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FannParameters(0.7f, 0f, 2, 1, 0, 0.01f,
                Float.POSITIVE_INFINITY, 1.75f, 1.2f, 0.5f, 0f, 50f, 0.1f, 12, 0.01f, 12, 150, 50, 150, 50, 2, 0.35f,
                1000f, 0.4f, d.cascadeActivationFunctions(), d.cascadeActivationSteepnesses()));
        assertEquals("quickprop_decay must be finite, got Infinity", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FannParameters(0.7f, 0f, 2, 1, 0, 0.01f, -0.0001f,
                1.75f, 1.2f, 0.5f, 0f, 50f, 0.1f, 12, 0.01f, -1, 150, 50, 150, 50, 2, 0.35f, 1000f, 0.4f,
                d.cascadeActivationFunctions(), d.cascadeActivationSteepnesses()));
        assertEquals("cascade_candidate_stagnation_epochs must be >= 0, got -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FannParameters(0.7f, 0f, 2, 1, 0, 0.01f, -0.0001f,
                1.75f, 1.2f, 0.5f, 0f, 50f, 0.1f, 12, 0.01f, 12, 150, 50, 150, 50, 2, 0.35f, 1000f, 0.4f,
                d.cascadeActivationFunctions(), List.of(0.25f, Float.NaN)));
        assertEquals("cascade activation steepness 2 must be finite, got NaN", e.getMessage());
    }

    @Test
    void unknownIdsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(7, 1, 0).algorithm());
        assertTrue(e.getMessage().startsWith("training_algorithm 7 is not one of FANN 2.2's"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> with(2, 2, 0).trainer());
        assertEquals("train_error_function 2 is not one of FANN 2.2's (0 to 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> with(2, 1, -1).trainer());
        assertEquals("train_stop_function -1 is not one of FANN 2.2's (0 to 1)", e.getMessage());
    }
}
