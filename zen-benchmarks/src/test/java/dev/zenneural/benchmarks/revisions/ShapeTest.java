package dev.zenneural.benchmarks.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShapeTest {

    @Test
    void plainShapesAreStoredDensely() {
        assertEquals(new Shape(256, 32, 125, 125, 32, 32), Shape.parse("256x32x125"));
        assertEquals(2.0 * 256 * 32 * 125, Shape.parse("256x32x125").flops());
    }

    @Test
    void leadingDimensionsAreTakenAsGiven() {
        assertEquals(new Shape(144, 256, 785, 1181, 256, 1181), Shape.parse("144x256x785:1181:256:1181"));
    }

    @Test
    void malformedShapesAreNamedWithWhatIsWrong() {
        for (String[] bad : new String[][] {
            {"256x32", "expected MxNxK"},
            {"256x32x125:1", "expected MxNxK"},
            {"256x32xten", "ten is not a whole number"},
            {"0x32x125", "sizes must be positive"},
            {"8x8x8:7:8:8", "LDA must be at least K"},
            {"8x8x8:8:8:7", "LDB and LDC at least N"},
        }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shape.parse(bad[0]));
            assertTrue(e.getMessage().startsWith("shape " + bad[0] + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }
}
