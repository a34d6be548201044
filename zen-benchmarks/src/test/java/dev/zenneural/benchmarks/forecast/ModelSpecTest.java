package dev.zenneural.benchmarks.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.loss.Huber;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.loss.Mape;
import dev.zenneural.ml.loss.Mase;
import dev.zenneural.ml.loss.Smape;
import org.junit.jupiter.api.Test;

class ModelSpecTest {

    @Test
    void unsetPartsTakeTheDefaults() {
        assertEquals(new ModelSpec("nhits", "nhits", 2, 1, new Mae()), ModelSpec.parse("nhits", 2, 1, 12));
    }

    @Test
    void multiplierAndSeedOverrideTheDefaults() {
        assertEquals(new ModelSpec("nbeats@4:7", "nbeats", 4, 7, new Mae()), ModelSpec.parse("nbeats@4:7", 2, 1, 12));
        assertEquals(new ModelSpec("mlp:3", "mlp", 2, 3, new Mae()), ModelSpec.parse("mlp:3", 2, 1, 12));
    }

    @Test
    void aLossSuffixPicksTheTrainingLoss() {
        assertEquals(new ModelSpec("nbeats@4:7/smape", "nbeats", 4, 7, new Smape()),
                ModelSpec.parse("nbeats@4:7/smape", 2, 1, 12));
        assertEquals(new ModelSpec("nhits/mape", "nhits", 2, 1, new Mape()), ModelSpec.parse("nhits/mape", 2, 1, 12));
        assertEquals(new Huber(1), ModelSpec.parse("mlp@3/huber", 2, 1, 12).loss());
        assertEquals(new Mase(4), ModelSpec.parse("dlinear/mase", 2, 1, 4).loss(), "MASE takes the bench's season");
    }

    @Test
    void rejectsMalformedParts() {
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("nhits@x", 2, 1, 12));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("nhits@0", 2, 1, 12));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("nhits:", 2, 1, 12));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.parse("nhits@3/owa", 2, 1, 12));
        assertTrue(e.getMessage().contains("unknown loss 'owa'"), e.getMessage());
    }
}
