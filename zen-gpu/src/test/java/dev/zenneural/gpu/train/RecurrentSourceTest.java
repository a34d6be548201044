package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.stack.RecurrentBlock.Cell;
import dev.zenneural.gpu.opencl.KernelSource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code recurrent.cl} and the Java side agree on the cell codes; checked without a device. */
class RecurrentSourceTest {

    private static final String SOURCE = KernelSource.read(RecurrentKernels.class, "recurrent.cl");

    @Test
    void theCellCodesAreTheJavaSides() {
        assertTrue(SOURCE.contains("#define CELL_RNN " + RecurrentKernels.CELL_RNN + "\n"), "RNN's code");
        assertTrue(SOURCE.contains("#define CELL_GRU " + RecurrentKernels.CELL_GRU + "\n"), "GRU's code");
        assertTrue(SOURCE.contains("#define CELL_LSTM " + RecurrentKernels.CELL_LSTM + "\n"), "LSTM's code");
        assertEquals(Arrays.asList(RecurrentKernels.CELL_RNN, RecurrentKernels.CELL_GRU, RecurrentKernels.CELL_LSTM),
                Arrays.stream(Cell.values()).map(RecurrentKernels::code).toList());
        assertTrue(SOURCE.contains("#pragma OPENCL FP_CONTRACT OFF"), "no fused multiply-adds: Java has none");
    }
}
