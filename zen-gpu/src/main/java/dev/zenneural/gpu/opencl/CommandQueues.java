package dev.zenneural.gpu.opencl;

import org.jocl.CL;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_device_id;

/** Creates in-order command queues on OpenCL 1.2 devices as well as on 2.0 and later ones. */
public final class CommandQueues {

    private CommandQueues() {
    }

    /**
     * Creates an in-order queue without profiling.
     *
     * @param resources where the queue is registered for release
     * @param context the context of the queue
     * @param device the device of the queue
     * @param info what the device says about itself (its OpenCL version decides the call)
     * @return the queue
     * @throws OpenClException if the queue cannot be created
     */
    public static cl_command_queue create(ClResources resources, cl_context context, cl_device_id device,
            OpenClDeviceInfo info) {
        cl_command_queue queue = info.openClVersion().startsWith("OpenCL 1.")
                ? Cl.call("clCreateCommandQueue", () -> createLegacy(context, device))
                : Cl.call("clCreateCommandQueueWithProperties",
                        () -> CL.clCreateCommandQueueWithProperties(context, device, null, null));
        return resources.add(queue, "clReleaseCommandQueue", CL::clReleaseCommandQueue);
    }

    /** OpenCL 1.2 devices (Apple, older drivers) have only the call that 2.0 deprecated. */
    @SuppressWarnings("deprecation")
    private static cl_command_queue createLegacy(cl_context context, cl_device_id device) {
        return CL.clCreateCommandQueue(context, device, 0, null);
    }
}
