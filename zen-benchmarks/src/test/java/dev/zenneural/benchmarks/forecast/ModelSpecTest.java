package dev.zenneural.benchmarks.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModelSpecTest {

    @Test
    void unsetPartsTakeTheDefaults() {
        assertEquals(new ModelSpec("nhits", "nhits", 2, 1), ModelSpec.parse("nhits", 2, 1));
    }

    @Test
    void multiplierAndSeedOverrideTheDefaults() {
        assertEquals(new ModelSpec("nbeats@4:7", "nbeats", 4, 7), ModelSpec.parse("nbeats@4:7", 2, 1));
        assertEquals(new ModelSpec("mlp:3", "mlp", 2, 3), ModelSpec.parse("mlp:3", 2, 1));
    }

    @Test
    void rejectsMalformedParts() {
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("nhits@x", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("nhits@0", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("nhits:", 2, 1));
    }
}
