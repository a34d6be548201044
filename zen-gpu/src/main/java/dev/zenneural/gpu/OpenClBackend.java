package dev.zenneural.gpu;

import static org.jocl.CL.CL_CONTEXT_PLATFORM;
import static org.jocl.CL.CL_MEM_COPY_HOST_PTR;
import static org.jocl.CL.CL_MEM_READ_ONLY;
import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_MEM_WRITE_ONLY;
import static org.jocl.CL.CL_TRUE;

import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.kernel.GemmShape;
import dev.zenneural.core.nn.network.Topology;
import dev.zenneural.core.nn.train.DeviceTraining;
import dev.zenneural.core.nn.train.DeviceTrainingRun;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.Pairs;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import dev.zenneural.core.tensor.Tensor;
import dev.zenneural.gpu.opencl.Cl;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.CommandQueues;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.KernelArgs;
import dev.zenneural.gpu.opencl.KernelSource;
import dev.zenneural.gpu.opencl.OpenClDevice;
import dev.zenneural.gpu.opencl.OpenClDeviceInfo;
import dev.zenneural.gpu.opencl.OpenClException;
import dev.zenneural.gpu.opencl.ProgramBuilder;
import dev.zenneural.gpu.train.OpenClTrainingRun;
import java.util.Arrays;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

/**
 * A compute backend on one OpenCL device: a context, an in-order queue and the program of {@code
 * sgemm.cl}, built once when the backend is created. Close it to release them.
 *
 * <p>Calls are serialized: kernel arguments are state of the kernel object, so two threads must not
 * set them at the same time.
 *
 * <p>It also trains whole networks on the device ({@link DeviceTraining}, what a zen-core {@code
 * Trainer} given this backend uses): FANN standard networks with iRPROP-, SGD with momentum or Adam,
 * in a second context on the same device, made on the first training run (see {@link
 * OpenClTrainingRun}).
 */
public final class OpenClBackend implements ComputeBackend, DeviceTraining {

    /** The backend's name, as used by {@code Backends.create("opencl")}. */
    public static final String NAME = "opencl";

    /**
     * Edge of the square work-groups and local-memory tiles of {@code sgemm.cl}; passed to the
     * kernel as {@code -DTS=}, and the local work size its launches must use.
     */
    public static final int TILE = 16;

    /** Kernels by {@code (transA ? 2 : 0) + (transB ? 1 : 0)}. */
    private static final String[] GEMM_KERNELS = {"sgemm_nn", "sgemm_nt", "sgemm_tn", "sgemm_tt"};

    private final OpenClDevice openClDevice;
    private final OpenClDeviceInfo device;
    private final ClResources resources = new ClResources();
    private final cl_context context;
    private final cl_command_queue queue;
    private final cl_kernel[] gemmKernels = new cl_kernel[GEMM_KERNELS.length];
    /** Where training runs live; made on the first one, closed with the backend. */
    private DeviceContext trainingContext;
    private boolean closed;

    /**
     * Creates the backend on a device and builds its kernels.
     *
     * @param device a device from {@code OpenClDiscovery.devices()}
     * @throws OpenClException if the context, queue or program cannot be created
     */
    public OpenClBackend(OpenClDevice device) {
        this(device, kernelSource("sgemm.cl"));
    }

    /** Builds {@code source} instead of the bundled kernels: how tests reach a failing build. */
    OpenClBackend(OpenClDevice device, String source) {
        this.openClDevice = device;
        this.device = device.info();
        try {
            cl_context_properties properties = new cl_context_properties();
            properties.addProperty(CL_CONTEXT_PLATFORM, device.platform());
            cl_device_id[] ids = {device.id()};
            context = resources.add(
                    Cl.call("clCreateContext", () -> CL.clCreateContext(properties, 1, ids, null, null, null)),
                    "clReleaseContext", CL::clReleaseContext);
            queue = CommandQueues.create(resources, context, device.id(), device.info());
            cl_program program = ProgramBuilder.build(resources, context, device.id(), source, "-DTS=" + TILE);
            for (int i = 0; i < GEMM_KERNELS.length; i++) {
                String name = GEMM_KERNELS[i];
                gemmKernels[i] = resources.add(Cl.call("clCreateKernel", () -> CL.clCreateKernel(program, name, null)),
                        "clReleaseKernel", CL::clReleaseKernel);
            }
        } catch (RuntimeException e) {
            throw resources.closeAfter(e);
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
            cl_mem aMem = call.add(buffer(CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, a.data()),
                    "clReleaseMemObject", CL::clReleaseMemObject);
            cl_mem bMem = call.add(buffer(CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, b.data()),
                    "clReleaseMemObject", CL::clReleaseMemObject);
            // With beta == 0 the kernel never reads C, so its old values need not travel.
            cl_mem cMem = call.add(beta == 0f ? buffer(CL_MEM_WRITE_ONLY, c.size())
                    : buffer(CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, c.data()),
                    "clReleaseMemObject", CL::clReleaseMemObject);
            cl_kernel kernel = gemmKernels[(transA ? 2 : 0) + (transB ? 1 : 0)];
            new KernelArgs(kernel).add(shape.m()).add(shape.n()).add(shape.k()).add(alpha)
                    .add(aMem).add(a.cols()).add(bMem).add(b.cols()).add(beta).add(cMem).add(c.cols());
            long[] global = {roundUp(shape.n()), roundUp(shape.m())};
            long[] local = {TILE, TILE};
            Cl.run("clEnqueueNDRangeKernel",
                    () -> CL.clEnqueueNDRangeKernel(queue, kernel, 2, null, global, local, 0, null, null));
            long bytes = (long) Sizeof.cl_float * c.size();
            Cl.run("clEnqueueReadBuffer", () -> CL.clEnqueueReadBuffer(queue, cMem, CL_TRUE, 0, bytes,
                    Pointer.to(c.data()), 0, null, null));
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
        if (trainingContext == null) {
            trainingContext = new DeviceContext(openClDevice);
        }
        return new OpenClTrainingRun(trainingContext, topology, weights, pairs, algorithm, errorFunction, bitFailLimit,
                OpenClTrainingRun.DEFAULT_CHUNK_ROWS);
    }

    /**
     * Releases the kernels, program, queue and context; does nothing the second time.
     *
     * @throws IllegalStateException if a training run is still open
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                resources.close();
            } finally {
                if (trainingContext != null) {
                    trainingContext.close();
                }
            }
        }
    }

    /** Native objects this backend still holds: how tests see that close releases them all. */
    int openObjects() {
        return resources.size();
    }

    /** Reads a kernel source bundled next to this class. */
    static String kernelSource(String name) {
        return KernelSource.read(OpenClBackend.class, name);
    }

    private cl_mem buffer(long flags, float[] values) {
        return Cl.call("clCreateBuffer", () -> CL.clCreateBuffer(context, flags,
                (long) Sizeof.cl_float * values.length, Pointer.to(values), null));
    }

    private cl_mem buffer(long flags, int floats) {
        return Cl.call("clCreateBuffer", () -> CL.clCreateBuffer(context, flags, (long) Sizeof.cl_float * floats,
                null, null));
    }

    private static long roundUp(int size) {
        return (size + TILE - 1L) / TILE * TILE;
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
