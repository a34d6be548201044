package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.activation.ActivationFunction;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The activation functions {@code training.cl} computes, and their codes there. The codes reach the
 * kernels as build options ({@link #buildOptions()}), so that this list is the only place they are
 * defined.
 */
final class DeviceActivation {

    /** In code order. The Gaussian, sine and cosine family and GELU are not here yet. */
    private static final List<ActivationFunction> SUPPORTED = List.of(ActivationFunction.LINEAR,
            ActivationFunction.SIGMOID, ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.SIGMOID_STEPWISE,
            ActivationFunction.SIGMOID_SYMMETRIC_STEPWISE, ActivationFunction.ELLIOT,
            ActivationFunction.ELLIOT_SYMMETRIC, ActivationFunction.LINEAR_PIECE,
            ActivationFunction.LINEAR_PIECE_SYMMETRIC, ActivationFunction.RELU, ActivationFunction.LEAKY_RELU,
            ActivationFunction.TANH);

    private DeviceActivation() {
    }

    static List<ActivationFunction> supported() {
        return SUPPORTED;
    }

    static boolean supports(ActivationFunction f) {
        return SUPPORTED.contains(f);
    }

    /** The kernels' code for {@code f}; {@code f} must be supported. */
    static int code(ActivationFunction f) {
        int code = SUPPORTED.indexOf(f);
        if (code < 0) {
            throw new IllegalArgumentException(f + " is not computed on the device; supported: " + names());
        }
        return code;
    }

    /** {@code -DACT_LINEAR=0 -DACT_SIGMOID=1 ...}. */
    static String buildOptions() {
        StringBuilder options = new StringBuilder();
        for (int code = 0; code < SUPPORTED.size(); code++) {
            options.append(code == 0 ? "" : " ").append("-DACT_").append(SUPPORTED.get(code).name()).append('=')
                    .append(code);
        }
        return options.toString();
    }

    static String names() {
        return SUPPORTED.stream().map(ActivationFunction::name).collect(Collectors.joining(", "));
    }
}
