package dev.zenneural.gpu.train;

import dev.zenneural.gpu.gemm.DeviceSgemm;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.KernelArgs;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

/**
 * The kernels one training run launches, each a method whose parameters read like the kernel's
 * signature. The programs are the context's (built once per context); the kernel objects are the
 * run's, because a kernel holds its arguments, and are released with the run's resources.
 */
final class TrainingKernels {

    /** Work-group size of the reductions ({@code WG} in {@code training.cl}) and element-wise kernels. */
    static final int REDUCTION_GROUP = 64;

    /** The error functions' codes in {@code training.cl}. */
    static final int ERRORFUNC_LINEAR = 0;
    static final int ERRORFUNC_TANH = 1;

    private final DeviceContext context;
    private final DeviceSgemm sgemm;
    private final cl_kernel biasActivation;
    private final cl_kernel outputErrors;
    private final cl_kernel addLoss;
    private final cl_kernel derivativeTimesError;
    private final cl_kernel columnSums;
    private final cl_kernel rprop;
    private final cl_kernel sgdMomentum;
    private final cl_kernel adam;
    private final cl_kernel gatherRows;
    private final cl_kernel sumInto;

    /** Makes the kernels, registered in {@code kernels} for release. */
    TrainingKernels(DeviceContext context, ClResources kernels) {
        this.context = context;
        sgemm = DeviceSgemm.forDevice(context, kernels);
        cl_program training = context.program(TrainingKernels.class, "training.cl",
                DeviceActivation.buildOptions() + " -DWG=" + REDUCTION_GROUP);
        biasActivation = context.createKernel(kernels, training, "bias_activation");
        outputErrors = context.createKernel(kernels, training, "output_errors");
        addLoss = context.createKernel(kernels, training, "add_loss");
        derivativeTimesError = context.createKernel(kernels, training, "derivative_times_error");
        columnSums = context.createKernel(kernels, training, "column_sums");
        rprop = context.createKernel(kernels, training, "rprop");
        sgdMomentum = context.createKernel(kernels, training, "sgd_momentum");
        adam = context.createKernel(kernels, training, "adam");
        gatherRows = context.createKernel(kernels, training, "gather_rows");
        sumInto = context.createKernel(kernels, training, "sum_into");
    }

    /** {@code C = op(A) * op(B) + beta * C} (row-major, with leading dimensions); all sizes at least 1. */
    void gemm(boolean transA, boolean transB, int m, int n, int k, DeviceBuffer a, int lda, DeviceBuffer b, int ldb,
            float beta, DeviceBuffer c, int ldc) {
        sgemm.gemm(transA, transB, m, n, k, 1f, a, lda, b, ldb, beta, c, ldc);
    }

    void gatherRows(int rows, int cols, DeviceBuffer order, int first, DeviceBuffer src, DeviceBuffer dst) {
        new KernelArgs(gatherRows).add(rows).add(cols).add(order).add(first).add(src).add(dst);
        elementWise(gatherRows, "gather_rows", rows * cols);
    }

    void biasActivation(int rows, int count, DeviceBuffer sums, DeviceBuffer params, int k, int activation,
            float steepness, float maxSum, DeviceBuffer values) {
        new KernelArgs(biasActivation).add(rows).add(count).add(sums).add(params).add(k).add(activation)
                .add(steepness).add(maxSum).add(values);
        elementWise(biasActivation, "bias_activation", rows * count);
    }

    void outputErrors(int n, DeviceBuffer values, DeviceBuffer sums, DeviceBuffer targets, int activation,
            float steepness, boolean symmetric, int errorFunction, float bitFailLimit, DeviceBuffer errors,
            DeviceBuffer squared, DeviceBuffer fails) {
        new KernelArgs(outputErrors).add(n).add(values).add(sums).add(targets).add(activation).add(steepness)
                .add(symmetric ? 1 : 0).add(errorFunction).add(bitFailLimit).add(errors).add(squared).add(fails);
        elementWise(outputErrors, "output_errors", n);
    }

    void addLoss(int n, DeviceBuffer squared, DeviceBuffer fails, DeviceBuffer totalSquared, DeviceBuffer totalFails) {
        new KernelArgs(addLoss).add(n).add(squared).add(fails).add(totalSquared).add(totalFails);
        context.launch(addLoss, "add_loss", new long[] {REDUCTION_GROUP}, new long[] {REDUCTION_GROUP});
    }

    void sumInto(int n, DeviceBuffer x, boolean square, DeviceBuffer out, int at, boolean accumulate) {
        new KernelArgs(sumInto).add(n).add(x).add(square ? 1 : 0).add(out).add(at).add(accumulate ? 1 : 0);
        context.launch(sumInto, "sum_into", new long[] {REDUCTION_GROUP}, new long[] {REDUCTION_GROUP});
    }

    void derivativeTimesError(int n, DeviceBuffer values, DeviceBuffer sums, int activation, float steepness,
            DeviceBuffer errors) {
        new KernelArgs(derivativeTimesError).add(n).add(values).add(sums).add(activation).add(steepness)
                .add(errors);
        elementWise(derivativeTimesError, "derivative_times_error", n);
    }

    void columnSums(int rows, int cols, DeviceBuffer x, DeviceBuffer out, int outOffset, int outStride,
            boolean accumulate) {
        new KernelArgs(columnSums).add(rows).add(cols).add(x).add(out).add(outOffset).add(outStride)
                .add(accumulate ? 1 : 0);
        context.launch(columnSums, "column_sums", new long[] {(long) cols * REDUCTION_GROUP},
                new long[] {REDUCTION_GROUP});
    }

    void rprop(int n, DeviceBuffer weights, DeviceBuffer slopes, DeviceBuffer previousSteps,
            DeviceBuffer previousSlopes, float increaseFactor, float decreaseFactor, float deltaMin, float deltaMax) {
        new KernelArgs(rprop).add(n).add(weights).add(slopes).add(previousSteps).add(previousSlopes)
                .add(increaseFactor).add(decreaseFactor).add(deltaMin).add(deltaMax);
        elementWise(rprop, "rprop", n);
    }

    void sgdMomentum(int n, DeviceBuffer weights, DeviceBuffer slopes, DeviceBuffer velocity, float momentum,
            float rate) {
        new KernelArgs(sgdMomentum).add(n).add(weights).add(slopes).add(velocity).add(momentum).add(rate);
        elementWise(sgdMomentum, "sgd_momentum", n);
    }

    void adam(int n, DeviceBuffer weights, DeviceBuffer slopes, DeviceBuffer mean, DeviceBuffer meanSquare,
            float beta1, float beta2, int batchPairs, float rate, float eps) {
        new KernelArgs(adam).add(n).add(weights).add(slopes).add(mean).add(meanSquare).add(beta1).add(beta2)
                .add((float) batchPairs).add(rate).add(eps);
        elementWise(adam, "adam", n);
    }

    /**
     * One work-item per element, in work-groups of {@link #REDUCTION_GROUP} (the kernels skip the
     * items past {@code n}): left to the runtime, an odd {@code n} gets work-groups of one item on
     * OpenCL 1.x devices.
     */
    void elementWise(cl_kernel kernel, String name, int n) {
        context.launch(kernel, name, new long[] {roundUp(n, REDUCTION_GROUP)}, new long[] {REDUCTION_GROUP});
    }

    private static long roundUp(int size, int tile) {
        return (size + tile - 1L) / tile * tile;
    }
}
