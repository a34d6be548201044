package dev.zenneural.gpu.bench;

import dev.zenneural.gpu.gemm.SgemmTuning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link GpuBenchmark} measures. The defaults are issue 5's sizes, meant for a real GPU; {@code
 * --quick} shrinks them for PoCL (OpenCL on the CPU), where the full sizes take many minutes.
 *
 * @param sizes the N of the square SGEMM products
 * @param layers the MLP's layer sizes, inputs first
 * @param batch pairs per training step (one full-batch iRPROP- epoch)
 * @param steps training steps timed per backend, after one untimed step
 * @param minSeconds how long each SGEMM size is repeated at least
 * @param allTunings whether every shipped tuning set that fits a device is measured too
 * @param extraTunings further tuning sets to measure on every device they fit
 * @param cpuThreads threads of the CPU engine's training
 * @param quick whether {@code --quick} chose the sizes (printed with the results)
 * @param device the one device to measure (an index or part of a name, as {@code zen.opencl.device}
 *     takes), or null for every device
 */
public record BenchOptions(int[] sizes, int[] layers, int batch, int steps, double minSeconds, boolean allTunings,
        List<SgemmTuning> extraTunings, int cpuThreads, boolean quick, String device) {

    /** The usage text. */
    public static final String USAGE = """
            usage: GpuBenchmark [--quick] [--sizes=N,...] [--mlp=L0-L1-...] [--batch=B] [--steps=S]
                                [--min-seconds=T] [--tunings] [--tuning=NAME:MWG=..,NWG=..,KWG=..,MDIMC=..,NDIMC=..,VW=..]
                                [--cpu-threads=T] [--device=NAME|INDEX]
              defaults (for a GPU): --sizes=256,512,1024,2048,4096 --mlp=1024-1024-1024-10 --batch=4096
                                    --steps=5 --min-seconds=1 --cpu-threads=<available processors>
              --quick (for PoCL):   --sizes=128,256,512 --mlp=256-256-256-10 --batch=1024 --steps=3
                                    --min-seconds=0.3 (options after it still apply)
              --tunings             also every shipped tuning set that fits each device
              --tuning=...          also this set (repeatable)
              --device=...          only this device (an index or part of its name), not every one""";

    /**
     * Reads the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException naming an argument that is unknown or malformed
     */
    public static BenchOptions parse(String... args) {
        int[] sizes = {256, 512, 1024, 2048, 4096};
        int[] layers = {1024, 1024, 1024, 10};
        int batch = 4096;
        int steps = 5;
        double minSeconds = 1;
        boolean quick = Arrays.asList(args).contains("--quick");
        if (quick) {
            sizes = new int[] {128, 256, 512};
            layers = new int[] {256, 256, 256, 10};
            batch = 1024;
            steps = 3;
            minSeconds = 0.3;
        }
        boolean allTunings = false;
        List<SgemmTuning> extra = new ArrayList<>();
        int cpuThreads = Runtime.getRuntime().availableProcessors();
        String device = null;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (key) {
                case "--quick" -> { }
                case "--tunings" -> allTunings = true;
                case "--sizes" -> sizes = positive(key, value.split(","));
                case "--mlp" -> layers = positive(key, value.split("-"));
                case "--batch" -> batch = positive(key, value)[0];
                case "--steps" -> steps = positive(key, value)[0];
                case "--cpu-threads" -> cpuThreads = positive(key, value)[0];
                case "--min-seconds" -> minSeconds = seconds(key, value);
                case "--device" -> {
                    if (value.isBlank()) {
                        throw new IllegalArgumentException(arg + ": expected --device=NAME or --device=INDEX");
                    }
                    device = value.trim();
                }
                case "--tuning" -> {
                    int colon = value.indexOf(':');
                    if (colon < 1) {
                        throw new IllegalArgumentException(arg + ": expected --tuning=NAME:MWG=..,...");
                    }
                    extra.add(SgemmTuning.parse(value.substring(0, colon), value.substring(colon + 1)));
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (layers.length < 2) {
            throw new IllegalArgumentException("--mlp needs at least two layers, got " + Arrays.toString(layers));
        }
        return new BenchOptions(sizes, layers, batch, steps, minSeconds, allTunings, List.copyOf(extra), cpuThreads,
                quick, device);
    }

    private static int[] positive(String arg, String... values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            try {
                out[i] = Integer.parseInt(values[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(arg + ": '" + values[i] + "' is not a whole number", e);
            }
            if (out[i] < 1) {
                throw new IllegalArgumentException(arg + ": " + out[i] + " must be at least 1");
            }
        }
        return out;
    }

    private static double seconds(String arg, String value) {
        try {
            double s = Double.parseDouble(value);
            if (s > 0) {
                return s;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(arg + ": '" + value + "' is not a number", e);
        }
        throw new IllegalArgumentException(arg + ": must be above 0");
    }
}
