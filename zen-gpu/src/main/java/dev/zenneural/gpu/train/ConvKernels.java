package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.ConvBlock;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.KernelArgs;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

/**
 * The kernels of {@code conv.cl} (a TCN's causal convolutions and last step), one set per layer
 * that launches them, since a kernel holds its arguments; the program is the context's, built once.
 * Launched through {@link DenseKernels#elementWise}.
 */
final class ConvKernels {

    private final cl_kernel convForward;
    private final cl_kernel convWeightGrad;
    private final cl_kernel convInputGrad;
    private final cl_kernel lastStep;
    private final cl_kernel lastStepBackward;

    /** Makes the kernels, registered in {@code owner} for release. */
    ConvKernels(DeviceContext context, ClResources owner) {
        cl_program conv = context.program(ConvKernels.class, "conv.cl", "");
        convForward = context.createKernel(owner, conv, "conv_forward");
        convWeightGrad = context.createKernel(owner, conv, "conv_weight_grad");
        convInputGrad = context.createKernel(owner, conv, "conv_input_grad");
        lastStep = context.createKernel(owner, conv, "last_step");
        lastStepBackward = context.createKernel(owner, conv, "last_step_backward");
    }

    private static KernelArgs shape(cl_kernel kernel, int rows, ConvBlock c) {
        return new KernelArgs(kernel).add(rows).add(c.steps()).add(c.inChannels()).add(c.outChannels())
                .add(c.kernelSize()).add(c.dilation());
    }

    void convForward(DenseKernels launch, int rows, ConvBlock c, DeviceBuffer x, DeviceBuffer weight,
            DeviceBuffer bias, DeviceBuffer y) {
        shape(convForward, rows, c).add(x).add(weight).add(bias).add(c.relu() ? 1 : 0).add(y);
        launch.elementWise(convForward, "conv_forward", rows * c.out());
    }

    void convWeightGrad(DenseKernels launch, int rows, ConvBlock c, DeviceBuffer x, DeviceBuffer grad,
            DeviceBuffer weightGrad) {
        shape(convWeightGrad, rows, c).add(x).add(grad).add(weightGrad);
        launch.elementWise(convWeightGrad, "conv_weight_grad", c.weight().length);
    }

    void convInputGrad(DenseKernels launch, int rows, ConvBlock c, DeviceBuffer weight, DeviceBuffer grad,
            DeviceBuffer below) {
        shape(convInputGrad, rows, c).add(weight).add(grad).add(below);
        launch.elementWise(convInputGrad, "conv_input_grad", rows * c.in());
    }

    void lastStep(DenseKernels launch, int rows, int steps, int channels, DeviceBuffer x, DeviceBuffer y) {
        new KernelArgs(lastStep).add(rows).add(steps).add(channels).add(x).add(y);
        launch.elementWise(lastStep, "last_step", rows * channels);
    }

    void lastStepBackward(DenseKernels launch, int rows, int steps, int channels, DeviceBuffer grad,
            DeviceBuffer below) {
        new KernelArgs(lastStepBackward).add(rows).add(steps).add(channels).add(grad).add(below);
        launch.elementWise(lastStepBackward, "last_step_backward", rows * steps * channels);
    }
}
