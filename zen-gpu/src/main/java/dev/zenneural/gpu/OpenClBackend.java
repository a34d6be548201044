package dev.zenneural.gpu;

import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.kernel.GemmShape;
import dev.zenneural.core.nn.network.Topology;
import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.core.nn.stack.DenseStackRun;
import dev.zenneural.core.nn.stack.DenseStackTraining;
import dev.zenneural.core.nn.stack.StackSettings;
import dev.zenneural.core.nn.train.DeviceTraining;
import dev.zenneural.core.nn.train.DeviceTrainingRun;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.Pairs;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import dev.zenneural.core.tensor.Tensor;
import dev.zenneural.gpu.gemm.DeviceSgemm;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.OpenClDevice;
import dev.zenneural.gpu.opencl.OpenClDeviceInfo;
import dev.zenneural.gpu.opencl.OpenClException;
import dev.zenneural.gpu.train.OpenClDenseStackRun;
import dev.zenneural.gpu.train.OpenClTrainingRun;
import java.util.Arrays;

/**
 * A compute backend on one OpenCL device: a {@link DeviceContext} (context and in-order queue) and
 * its SGEMM kernels ({@link DeviceSgemm}: the tuned {@code xgemm.cl} with the device's tuning set,
 * else the simple kernel), built once when the backend is created. Close it to release them.
 *
 * <p>Calls are serialized: kernel arguments are state of the kernel object, so two threads must not
 * set them at the same time.
 *
 * <p>It also trains whole networks on the device ({@link DeviceTraining}, what a zen-core {@code
 * Trainer} given this backend uses): FANN standard networks with iRPROP-, SGD with momentum or Adam,
 * in the same context (see {@link OpenClTrainingRun}); and sums of stacks of dense layers (after
 * recurrent layers, or a TCN's convolutions) with Adam and each of zen-ml's losses, which is how
 * zen-ml's MLP, NLinear, DLinear, N-BEATS, N-HiTS, RNN, LSTM, GRU and TCN models train on the device
 * ({@link DenseStackTraining}, see {@link OpenClDenseStackRun}).
 */
public final class OpenClBackend implements ComputeBackend, DeviceTraining, DenseStackTraining {

    /** The backend's name, as used by {@code Backends.create("opencl")}. */
    public static final String NAME = "opencl";

    private final OpenClDeviceInfo device;
    private final DeviceContext context;
    private final ClResources kernels = new ClResources();
    private final DeviceSgemm sgemm;
    private boolean closed;

    /**
     * Creates the backend on a device and builds its kernels.
     *
     * @param device a device from {@code OpenClDiscovery.devices()}
     * @throws OpenClException if the context, queue or program cannot be created
     */
    public OpenClBackend(OpenClDevice device) {
        this.device = device.info();
        this.context = new DeviceContext(device);
        try {
            sgemm = DeviceSgemm.forDevice(context, kernels);
        } catch (RuntimeException e) {
            kernels.close();
            context.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String deviceDescription() {
        return device.describe();
    }

    /**
     * The device this backend runs on.
     *
     * @return what the device says about itself
     */
    public OpenClDeviceInfo device() {
        return device;
    }

    /**
     * Which SGEMM kernel this backend runs, with its tuning set or why the simple kernel runs.
     *
     * @return e.g. {@code xgemm.cl cpu (MWG=32 NWG=32 KWG=16 MDIMC=8 NDIMC=8 VW=4)}
     */
    public String gemmKernel() {
        return sgemm.description();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A, B and C are copied to the device and C back, on every call.
     *
     * @throws IllegalStateException if the backend is closed
     * @throws OpenClException if an OpenCL call fails
     */
    @Override
    public synchronized void gemm(boolean transA, boolean transB, float alpha, Tensor a, Tensor b, float beta,
            Tensor c) {
        GemmShape shape = GemmShape.of(transA, transB, a, b, c);
        if (closed) {
            throw new IllegalStateException("the OpenCL backend on " + device.name() + " is closed");
        }
        if (shape.m() == 0 || shape.n() == 0) {
            return;
        }
        if (shape.k() == 0 || alpha == 0f) {
            // Only beta * C is left. BLAS does not read A or B then, and OpenCL has no empty buffers.
            scale(beta, c.data());
            return;
        }
        try (ClResources call = new ClResources()) {
            DeviceBuffer aBuf = call.add(context.upload(a.data()));
            DeviceBuffer bBuf = call.add(context.upload(b.data()));
            // With beta == 0 the kernel never reads C, so its old values need not travel.
            DeviceBuffer cBuf = call.add(beta == 0f ? context.allocate(c.size()) : context.upload(c.data()));
            sgemm.gemm(transA, transB, shape.m(), shape.n(), shape.k(), alpha, aBuf, a.cols(), bBuf, b.cols(), beta,
                    cBuf, c.cols());
            context.read(cBuf, c.data());
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Chunks of up to {@value OpenClTrainingRun#DEFAULT_CHUNK_ROWS} pairs go through at once.
     *
     * @throws IllegalStateException if the backend is closed
     * @throws dev.zenneural.gpu.opencl.OpenClException if an OpenCL call fails
     */
    @Override
    public synchronized DeviceTrainingRun start(Topology topology, float[] weights, Pairs pairs,
            TrainingAlgorithm algorithm, ErrorFunction errorFunction, float bitFailLimit) {
        if (closed) {
            throw new IllegalStateException("the OpenCL backend on " + device.name() + " is closed");
        }
        return new OpenClTrainingRun(context, topology, weights, pairs, algorithm, errorFunction, bitFailLimit,
                OpenClTrainingRun.DEFAULT_CHUNK_ROWS);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the backend is closed
     * @throws dev.zenneural.gpu.opencl.OpenClException if an OpenCL call fails
     */
    @Override
    public synchronized DenseStackRun start(DenseNet net, StackSettings settings) {
        if (closed) {
            throw new IllegalStateException("the OpenCL backend on " + device.name() + " is closed");
        }
        return new OpenClDenseStackRun(context, net, settings);
    }

    /**
     * Releases the kernels, programs, queue and context; does nothing the second time.
     *
     * @throws IllegalStateException if a training run is still open
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                kernels.close();
            } finally {
                context.close();
            }
        }
    }

    /** Kernel objects this backend still holds: how tests see that close releases them. */
    int openKernels() {
        return kernels.size();
    }

    /** Device buffers of this backend's context still open: how tests see that gemm releases its own. */
    int liveBuffers() {
        return context.liveBuffers();
    }

    /** As the CPU kernel does: beta == 0 overwrites C, so NaN in C does not survive. */
    private static void scale(float beta, float[] c) {
        if (beta == 0f) {
            Arrays.fill(c, 0f);
        } else if (beta != 1f) {
            for (int i = 0; i < c.length; i++) {
                c[i] *= beta;
            }
        }
    }
}
