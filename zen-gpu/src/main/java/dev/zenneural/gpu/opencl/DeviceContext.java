package dev.zenneural.gpu.opencl;

import static org.jocl.CL.CL_CONTEXT_PLATFORM;
import static org.jocl.CL.CL_KERNEL_WORK_GROUP_SIZE;
import static org.jocl.CL.CL_MEM_COPY_HOST_PTR;
import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_TRUE;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * An OpenCL context and in-order queue on one device, with the programs built in it and the device
 * buffers made from it: what code that keeps data on a device between calls works with.
 *
 * <p>Programs are built once per context and source (with its options) and cached until the
 * context closes. Every program is built with float division and square root correctly rounded, as
 * Java rounds them, where the device can ({@link FloatRounding}), so kernels that follow zen-core's
 * formulas give its bits. Buffers are counted while open ({@link #liveBuffers()}), so that tests can show a
 * long run leaks none; closing the context with buffers still open is a bug and fails.
 *
 * <p>Thread-safe: the queue may be shared (OpenCL queues are), the program cache is locked, and
 * kernels, which hold their arguments, are made per user with {@link #createKernel}.
 */
public final class DeviceContext implements AutoCloseable {

    private final OpenClDeviceInfo device;
    private final DeviceLimits limits;
    private final String roundingOption;
    private final cl_device_id deviceId;
    private final ClResources resources = new ClResources();
    private final cl_context context;
    private final cl_command_queue queue;
    private final Map<String, cl_program> programs = new HashMap<>();
    private final AtomicInteger liveBuffers = new AtomicInteger();
    private boolean closed;

    /**
     * Creates a context and queue on a device.
     *
     * @param device a device from {@code OpenClDiscovery.devices()}
     * @throws OpenClException if the context or queue cannot be created
     */
    public DeviceContext(OpenClDevice device) {
        this.device = device.info();
        this.deviceId = device.id();
        this.limits = DeviceLimits.query(deviceId);
        this.roundingOption = FloatRounding.buildOption(deviceId);
        try {
            cl_context_properties properties = new cl_context_properties();
            properties.addProperty(CL_CONTEXT_PLATFORM, device.platform());
            cl_device_id[] ids = {deviceId};
            context = resources.add(
                    Cl.call("clCreateContext", () -> CL.clCreateContext(properties, 1, ids, null, null, null)),
                    "clReleaseContext", CL::clReleaseContext);
            queue = CommandQueues.create(resources, context, deviceId, device.info());
        } catch (RuntimeException e) {
            throw resources.closeAfter(e);
        }
    }

    /**
     * The device this context runs on.
     *
     * @return what the device says about itself
     */
    public OpenClDeviceInfo device() {
        return device;
    }

    /**
     * The device's work-group and local-memory limits, asked once when the context was made.
     *
     * @return the limits
     */
    public DeviceLimits limits() {
        return limits;
    }

    /**
     * The program of a bundled source, built on first use and cached.
     *
     * @param anchor a class in the source's package (see {@link KernelSource})
     * @param sourceName the source's file name
     * @param options compiler options; a different string is a different program
     * @return the built program, owned by this context
     * @throws OpenClException if the build fails, with the compiler's log
     */
    public cl_program program(Class<?> anchor, String sourceName, String options) {
        String name = anchor.getPackageName() + "/" + sourceName;
        return program(name, () -> KernelSource.read(anchor, sourceName), options);
    }

    /**
     * The program of a source given as text, built on first use and cached under its name.
     *
     * @param name names the source in the cache; the same name must always mean the same text
     * @param source the OpenCL C source
     * @param options compiler options; a different string is a different program
     * @return the built program, owned by this context
     * @throws OpenClException if the build fails, with the compiler's log
     */
    public cl_program program(String name, String source, String options) {
        return program(name, () -> source, options);
    }

    private synchronized cl_program program(String name, Supplier<String> source, String options) {
        checkOpen();
        String key = name + " " + options;
        cl_program program = programs.get(key);
        if (program == null) {
            String all = roundingOption.isEmpty() ? options : (options + " " + roundingOption).strip();
            program = ProgramBuilder.build(resources, context, deviceId, source.get(), all);
            programs.put(key, program);
        }
        return program;
    }

    /**
     * The most work-items a work-group of this kernel may have on this device: below the device's
     * limit when the kernel needs many registers.
     *
     * @param kernel a kernel of a program built here
     * @return {@code CL_KERNEL_WORK_GROUP_SIZE}
     * @throws OpenClException if the query fails
     */
    public long workGroupLimit(cl_kernel kernel) {
        long[] size = new long[1];
        Cl.run("clGetKernelWorkGroupInfo", () -> CL.clGetKernelWorkGroupInfo(kernel, deviceId,
                CL_KERNEL_WORK_GROUP_SIZE, Sizeof.size_t, Pointer.to(size), null));
        return size[0];
    }

    /**
     * Makes a kernel of a built program. Each user gets its own, because a kernel holds its arguments.
     *
     * @param owner where the kernel is registered for release
     * @param program a program from {@link #program}
     * @param name the kernel function's name
     * @return the kernel
     * @throws OpenClException if the program has no such kernel
     */
    public cl_kernel createKernel(ClResources owner, cl_program program, String name) {
        return owner.add(Cl.call("clCreateKernel", () -> CL.clCreateKernel(program, name, null)),
                "clReleaseKernel", CL::clReleaseKernel);
    }

    /**
     * Allocates an uninitialised buffer.
     *
     * @param size how many 4-byte elements; at least 1
     * @return the buffer
     * @throws IllegalArgumentException if {@code size} is below 1
     * @throws OpenClException if the device cannot allocate it
     */
    public DeviceBuffer allocate(int size) {
        checkSize(size);
        checkOpen();
        cl_mem mem = Cl.call("clCreateBuffer", () -> CL.clCreateBuffer(context, CL_MEM_READ_WRITE,
                (long) Sizeof.cl_float * size, null, null));
        return new DeviceBuffer(mem, size, liveBuffers);
    }

    /**
     * Allocates a buffer holding a copy of {@code values}.
     *
     * @param values at least one value
     * @return the buffer
     * @throws IllegalArgumentException if {@code values} is empty
     * @throws OpenClException if the device cannot allocate it
     */
    public DeviceBuffer upload(float[] values) {
        checkSize(values.length);
        checkOpen();
        cl_mem mem = Cl.call("clCreateBuffer", () -> CL.clCreateBuffer(context,
                CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, (long) Sizeof.cl_float * values.length,
                Pointer.to(values), null));
        return new DeviceBuffer(mem, values.length, liveBuffers);
    }

    /**
     * Copies {@code values} into a buffer's first elements, waiting until they are copied (the host
     * array may change right after).
     *
     * @param values what to write
     * @param buffer the buffer; at least as long as {@code values}
     * @throws OpenClException if the copy fails
     */
    public void write(int[] values, DeviceBuffer buffer) {
        checkLength(buffer, 0, values.length);
        Cl.run("clEnqueueWriteBuffer", () -> CL.clEnqueueWriteBuffer(queue, buffer.mem(), CL_TRUE, 0,
                (long) Sizeof.cl_int * values.length, Pointer.to(values), 0, null, null));
    }

    /**
     * Copies the first {@code count} of {@code values} into a buffer's first elements, waiting until
     * they are copied (the host array may change right after): a batch held in a larger reused array.
     *
     * @param values what to write
     * @param count how many of them; 1 to {@code values.length}
     * @param buffer the buffer; at least {@code count} long
     * @throws IllegalArgumentException if {@code count} is out of range
     * @throws OpenClException if the copy fails
     */
    public void write(float[] values, int count, DeviceBuffer buffer) {
        if (count < 1 || count > values.length) {
            throw new IllegalArgumentException("cannot write " + count + " of " + values.length + " values");
        }
        checkLength(buffer, 0, count);
        Cl.run("clEnqueueWriteBuffer", () -> CL.clEnqueueWriteBuffer(queue, buffer.mem(), CL_TRUE, 0,
                (long) Sizeof.cl_float * count, Pointer.to(values), 0, null, null));
    }

    /**
     * Copies a buffer's first {@code into.length} elements to the host, waiting for every command
     * queued before.
     *
     * @param buffer the buffer
     * @param into where the values go
     * @throws OpenClException if the copy, or a kernel queued before it, fails
     */
    public void read(DeviceBuffer buffer, float[] into) {
        checkLength(buffer, 0, into.length);
        Cl.run("clEnqueueReadBuffer", () -> CL.clEnqueueReadBuffer(queue, buffer.mem(), CL_TRUE, 0,
                (long) Sizeof.cl_float * into.length, Pointer.to(into), 0, null, null));
    }

    /**
     * As {@link #read(DeviceBuffer, float[])}, for a buffer of {@code int}s.
     *
     * @param buffer the buffer
     * @param into where the values go
     * @throws OpenClException if the copy, or a kernel queued before it, fails
     */
    public void read(DeviceBuffer buffer, int[] into) {
        checkLength(buffer, 0, into.length);
        Cl.run("clEnqueueReadBuffer", () -> CL.clEnqueueReadBuffer(queue, buffer.mem(), CL_TRUE, 0,
                (long) Sizeof.cl_int * into.length, Pointer.to(into), 0, null, null));
    }

    /**
     * Queues a copy between buffers on the device.
     *
     * @param from the source buffer
     * @param fromOffset the first element to copy
     * @param to the destination buffer
     * @param toOffset where the first element goes
     * @param size how many elements
     * @throws OpenClException if the copy cannot be queued
     */
    public void copy(DeviceBuffer from, int fromOffset, DeviceBuffer to, int toOffset, int size) {
        checkLength(from, fromOffset, size);
        checkLength(to, toOffset, size);
        long bytes = Sizeof.cl_float;
        Cl.run("clEnqueueCopyBuffer", () -> CL.clEnqueueCopyBuffer(queue, from.mem(), to.mem(), bytes * fromOffset,
                bytes * toOffset, bytes * size, 0, null, null));
    }

    /**
     * Queues setting every element of a buffer to {@code value} (0 is also the {@code int} 0).
     *
     * @param buffer the buffer
     * @param value the value
     * @throws OpenClException if the fill cannot be queued
     */
    public void fill(DeviceBuffer buffer, float value) {
        Cl.run("clEnqueueFillBuffer", () -> CL.clEnqueueFillBuffer(queue, buffer.mem(),
                Pointer.to(new float[] {value}), Sizeof.cl_float, 0, (long) Sizeof.cl_float * buffer.size(), 0,
                null, null));
    }

    /**
     * Queues a kernel whose arguments are set.
     *
     * @param kernel the kernel
     * @param name its name, for the message if the launch fails
     * @param global the global work size per dimension
     * @param local the work-group size per dimension, or {@code null} to let the runtime choose
     * @throws OpenClException if the launch is refused, naming the kernel
     */
    public void launch(cl_kernel kernel, String name, long[] global, long[] local) {
        try {
            Cl.run("clEnqueueNDRangeKernel", () -> CL.clEnqueueNDRangeKernel(queue, kernel, global.length, null,
                    global, local, 0, null, null));
        } catch (OpenClException e) {
            throw new OpenClException(e.call(), e.status(), "kernel " + name, e);
        }
    }

    /**
     * Waits until every queued command has finished.
     *
     * @throws OpenClException if a queued command failed
     */
    public void finish() {
        Cl.run("clFinish", () -> CL.clFinish(queue));
    }

    /**
     * The buffers made here and not yet closed.
     *
     * @return the count
     */
    public int liveBuffers() {
        return liveBuffers.get();
    }

    /**
     * Releases the programs, queue and context; does nothing the second time.
     *
     * @throws IllegalStateException if buffers made here are still open (they keep the device memory
     *     and the context alive): a leak
     * @throws OpenClException if a release fails
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        resources.close();
        int open = liveBuffers.get();
        if (open > 0) {
            throw new IllegalStateException("the OpenCL context on " + device.name() + " was closed with " + open
                    + " device buffer(s) still open");
        }
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the OpenCL context on " + device.name() + " is closed");
        }
    }

    private static void checkSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a device buffer needs at least 1 element, got " + size);
        }
    }

    private static void checkLength(DeviceBuffer buffer, int offset, int size) {
        if (offset < 0 || size < 0 || (long) offset + size > buffer.size()) {
            throw new IllegalArgumentException(size + " elements at " + offset + " do not fit a buffer of "
                    + buffer.size());
        }
    }
}
