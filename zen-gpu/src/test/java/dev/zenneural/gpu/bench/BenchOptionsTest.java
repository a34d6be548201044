package dev.zenneural.gpu.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.gemm.SgemmTuning;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void theDefaultsAreTheIssuesSizes() {
        BenchOptions o = BenchOptions.parse();
        assertArrayEquals(new int[] {256, 512, 1024, 2048, 4096}, o.sizes());
        assertArrayEquals(new int[] {1024, 1024, 1024, 10}, o.layers());
        assertEquals(4096, o.batch());
        assertFalse(o.quick());
        assertFalse(o.allTunings());
    }

    @Test
    void quickShrinksThemAndLaterOptionsStillApply() {
        BenchOptions o = BenchOptions.parse("--quick", "--sizes=64,96", "--tunings");
        assertArrayEquals(new int[] {64, 96}, o.sizes());
        assertArrayEquals(new int[] {256, 256, 256, 10}, o.layers());
        assertEquals(1024, o.batch());
        assertTrue(o.quick());
        assertTrue(o.allTunings());
    }

    @Test
    void everyOptionIsRead() {
        BenchOptions o = BenchOptions.parse("--mlp=8-4-2", "--batch=32", "--steps=2", "--min-seconds=0.25",
                "--cpu-threads=3", "--tuning=t:MWG=32,NWG=32,KWG=8,MDIMC=8,NDIMC=8,VW=2", "--device=H100");
        assertArrayEquals(new int[] {8, 4, 2}, o.layers());
        assertEquals(32, o.batch());
        assertEquals(2, o.steps());
        assertEquals(0.25, o.minSeconds());
        assertEquals(3, o.cpuThreads());
        assertEquals(List.of(new SgemmTuning("t", 32, 32, 8, 8, 8, 2)), o.extraTunings());
        assertEquals("H100", o.device());
        assertEquals(null, BenchOptions.parse().device(), "every device by default");
    }

    @Test
    void badArgumentsAreNamed() {
        assertMessage("unknown argument --size=3", "--size=3");
        assertMessage("--sizes: 'x' is not a whole number", "--sizes=1,x");
        assertMessage("--batch: 0 must be at least 1", "--batch=0");
        assertMessage("--min-seconds: must be above 0", "--min-seconds=0");
        assertMessage("--mlp needs at least two layers", "--mlp=5");
        assertMessage("--tuning=MWG=4: expected --tuning=NAME:MWG=..,...", "--tuning=MWG=4");
        assertMessage("--device=: expected --device=NAME or --device=INDEX", "--device=");
    }

    private static void assertMessage(String start, String arg) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(arg));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
