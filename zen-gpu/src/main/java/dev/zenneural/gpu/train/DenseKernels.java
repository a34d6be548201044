package dev.zenneural.gpu.train;

import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.KernelArgs;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

/**
 * The kernels of {@code dense.cl} that a dense stack's training launches, each a method whose
 * parameters read like the kernel's signature, plus the products and reductions it shares with
 * FANN training ({@link TrainingKernels}). Kernel objects are the run's, released with its resources.
 */
final class DenseKernels {

    private final TrainingKernels shared;
    private final cl_kernel biasRelu;
    private final cl_kernel reluBackward;
    private final cl_kernel addInto;
    private final cl_kernel maxPool;
    private final cl_kernel maxPoolBackward;
    private final cl_kernel residualForward;
    private final cl_kernel residualBackward;
    private final cl_kernel adamDescent;

    /** Makes the kernels, registered in {@code kernels} for release. */
    DenseKernels(DeviceContext context, ClResources kernels) {
        this.shared = new TrainingKernels(context, kernels);
        cl_program dense = context.program(DenseKernels.class, "dense.cl", "");
        biasRelu = context.createKernel(kernels, dense, "bias_relu");
        reluBackward = context.createKernel(kernels, dense, "relu_backward");
        addInto = context.createKernel(kernels, dense, "add_into");
        maxPool = context.createKernel(kernels, dense, "max_pool");
        maxPoolBackward = context.createKernel(kernels, dense, "max_pool_backward");
        residualForward = context.createKernel(kernels, dense, "residual_forward");
        residualBackward = context.createKernel(kernels, dense, "residual_backward");
        adamDescent = context.createKernel(kernels, dense, "adam_descent");
    }

    /** {@code C = op(A) * op(B) + beta * C} (row-major, with leading dimensions); all sizes at least 1. */
    void gemm(boolean transA, boolean transB, int m, int n, int k, DeviceBuffer a, int lda, DeviceBuffer b, int ldb,
            float beta, DeviceBuffer c, int ldc) {
        shared.gemm(transA, transB, m, n, k, a, lda, b, ldb, beta, c, ldc);
    }

    /** The column sums of {@code x} ({@code rows x cols}) into {@code out}: a bias gradient. */
    void columnSums(int rows, int cols, DeviceBuffer x, DeviceBuffer out) {
        columnSums(rows, cols, x, out, false);
    }

    /** As {@link #columnSums(int, int, DeviceBuffer, DeviceBuffer)}, added to {@code out} where {@code accumulate}. */
    void columnSums(int rows, int cols, DeviceBuffer x, DeviceBuffer out, boolean accumulate) {
        shared.columnSums(rows, cols, x, out, 0, 1, accumulate);
    }

    void biasRelu(int rows, int count, DeviceBuffer values, DeviceBuffer bias, boolean relu) {
        new KernelArgs(biasRelu).add(rows).add(count).add(values).add(bias).add(relu ? 1 : 0);
        shared.elementWise(biasRelu, "bias_relu", rows * count);
    }

    void addInto(int n, DeviceBuffer x, DeviceBuffer y) {
        new KernelArgs(addInto).add(n).add(x).add(y);
        shared.elementWise(addInto, "add_into", n);
    }

    void residualForward(int rows, int in, int out, DeviceBuffer residual, DeviceBuffer y, DeviceBuffer next,
            boolean hasNext, boolean first, DeviceBuffer forecast) {
        new KernelArgs(residualForward).add(rows).add(in).add(out).add(residual).add(y).add(hasNext ? 1 : 0).add(next)
                .add(first ? 1 : 0).add(forecast);
        shared.elementWise(residualForward, "residual_forward", rows * (in + out));
    }

    void residualBackward(int rows, int in, int out, DeviceBuffer gradResidual, DeviceBuffer gradForecast,
            DeviceBuffer gradY) {
        new KernelArgs(residualBackward).add(rows).add(in).add(out).add(gradResidual).add(gradForecast).add(gradY);
        shared.elementWise(residualBackward, "residual_backward", rows * (in + out));
    }

    void maxPool(int rows, int in, int kernel, int out, DeviceBuffer x, DeviceBuffer values, DeviceBuffer argmax) {
        new KernelArgs(maxPool).add(rows).add(in).add(kernel).add(out).add(x).add(values).add(argmax);
        shared.elementWise(maxPool, "max_pool", rows * out);
    }

    void maxPoolBackward(int rows, int in, int kernel, int out, DeviceBuffer argmax, DeviceBuffer grad,
            DeviceBuffer below) {
        new KernelArgs(maxPoolBackward).add(rows).add(in).add(kernel).add(out).add(argmax).add(grad).add(below);
        shared.elementWise(maxPoolBackward, "max_pool_backward", rows * in);
    }

    void reluBackward(int n, DeviceBuffer values, DeviceBuffer grad) {
        new KernelArgs(reluBackward).add(n).add(values).add(grad);
        shared.elementWise(reluBackward, "relu_backward", n);
    }

    /**
     * Launches {@code kernel}, its arguments set, one work-item per element (see {@link
     * TrainingKernels}): how the other programs' kernels ({@code recurrent.cl}, {@code conv.cl},
     * {@code loss.cl}) run.
     */
    void elementWise(cl_kernel kernel, String name, int n) {
        shared.elementWise(kernel, name, n);
    }

    void sumInto(int n, DeviceBuffer x, boolean square, DeviceBuffer out, int at, boolean accumulate) {
        shared.sumInto(n, x, square, out, at, accumulate);
    }

    void adamDescent(int n, DeviceBuffer weights, DeviceBuffer grads, DeviceBuffer mean, DeviceBuffer meanSquare,
            float beta1, float beta2, float rate, float root2, float eps, DeviceBuffer scalars, float maxNorm) {
        new KernelArgs(adamDescent).add(n).add(weights).add(grads).add(mean).add(meanSquare).add(beta1).add(beta2)
                .add(rate).add(root2).add(eps).add(scalars).add(maxNorm);
        shared.elementWise(adamDescent, "adam_descent", n);
    }
}
