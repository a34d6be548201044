package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.gpu.opencl.KernelSource;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code training.cl} and the Java side agree on the activation codes; checked without a device. */
class TrainingSourceTest {

    private static final String SOURCE = KernelSource.read(TrainingKernels.class, "training.cl");

    @Test
    void everySupportedActivationHasAValueAndADerivative() {
        for (ActivationFunction f : DeviceActivation.supported()) {
            int cases = SOURCE.split("case ACT_" + f.name() + ":", -1).length - 1;
            assertEquals(2, cases, f + ": one case in activation_value, one in activation_derivative");
        }
    }

    @Test
    void theSourceUsesNoActivationTheBuildOptionsDoNotDefine() {
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("ACT_([A-Z_]+)").matcher(SOURCE);
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> defined = DeviceActivation.supported().stream().map(ActivationFunction::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(defined, used);
        assertTrue(SOURCE.contains("#pragma OPENCL FP_CONTRACT OFF"), "no fused multiply-adds: Java has none");
    }
}
