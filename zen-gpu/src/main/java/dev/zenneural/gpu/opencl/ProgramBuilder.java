package dev.zenneural.gpu.opencl;

import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;

import java.nio.charset.StandardCharsets;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_program;

/**
 * Compiles OpenCL C source for one device, reporting a failed build with the compiler's log.
 *
 * <p>Builds run one at a time in a JVM: PoCL (OpenCL on the CPU, what CI runs) keeps an on-disk
 * kernel cache whose temporary files two simultaneous builds of the same source race on ("unable to
 * rename temporary ... No such file or directory", seen in CI with test classes in parallel). A
 * build happens once per backend, so the lock costs nothing that matters. The lock does not cover
 * what PoCL compiles when a kernel is first enqueued, nor other processes sharing the cache, and the
 * race still failed a CI build with the lock in place (session 19, zen-tools on Temurin 25): a build
 * whose log names it is tried again, up to {@link #BUILD_ATTEMPTS} times in all.
 */
public final class ProgramBuilder {

    /** How many times a build that lost PoCL's cache race is tried in all. */
    static final int BUILD_ATTEMPTS = 3;

    private static final Object BUILD_LOCK = new Object();

    private ProgramBuilder() {
    }

    /**
     * Creates and builds a program.
     *
     * @param resources where the program is registered for release, also when the build fails
     * @param context the context to create the program in
     * @param device the device to build for
     * @param source OpenCL C source
     * @param options compiler options, e.g. {@code -DTS=16}
     * @return the built program
     * @throws OpenClException if the build fails; its message holds the compiler's build log
     */
    public static cl_program build(ClResources resources, cl_context context, cl_device_id device, String source,
            String options) {
        cl_program program = resources.add(
                Cl.call("clCreateProgramWithSource",
                        () -> CL.clCreateProgramWithSource(context, 1, new String[] {source}, null, null)),
                "clReleaseProgram", CL::clReleaseProgram);
        for (int attempt = 1; ; attempt++) {
            try {
                synchronized (BUILD_LOCK) {
                    Cl.run("clBuildProgram",
                            () -> CL.clBuildProgram(program, 1, new cl_device_id[] {device}, options, null, null));
                }
                return program;
            } catch (OpenClException e) {
                String log = buildLog(program, device);
                if (attempt < BUILD_ATTEMPTS && lostCacheRace(log)) {
                    continue;
                }
                throw new OpenClException(e.call(), e.status(), "build log:\n" + log, e);
            }
        }
    }

    /**
     * Whether a failed build's log is PoCL's kernel cache losing a temporary file to a simultaneous
     * build ("unable to rename temporary '...tmp' to output file ...: 'No such file or directory'"),
     * which says nothing about the source: the same build then succeeds.
     */
    static boolean lostCacheRace(String log) {
        return log.contains("unable to rename temporary") && log.contains("No such file or directory");
    }

    private static String buildLog(cl_program program, cl_device_id device) {
        try {
            long[] size = new long[1];
            Cl.run("clGetProgramBuildInfo",
                    () -> CL.clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, 0, null, size));
            byte[] log = new byte[(int) size[0]];
            Cl.run("clGetProgramBuildInfo", () -> CL.clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG,
                    log.length, Pointer.to(log), null));
            int end = log.length;
            while (end > 0 && (log[end - 1] == 0 || Character.isWhitespace(log[end - 1]))) {
                end--;
            }
            return end == 0 ? "(the compiler left no log)" : new String(log, 0, end, StandardCharsets.UTF_8);
        } catch (OpenClException e) {
            // The build failure is what matters; a log we cannot read must not replace it.
            return "(the build log could not be read: " + e.getMessage() + ")";
        }
    }
}
