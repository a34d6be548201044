package dev.zenneural.gpu.bench;

import dev.zenneural.core.backend.CpuBackend;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.gpu.DeviceSelector;
import dev.zenneural.gpu.OpenClBackend;
import dev.zenneural.gpu.gemm.DeviceSgemm;
import dev.zenneural.gpu.gemm.SgemmTuning;
import dev.zenneural.gpu.gemm.SgemmTunings;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.OpenClDevice;
import dev.zenneural.gpu.opencl.OpenClDeviceInfo;
import dev.zenneural.gpu.opencl.OpenClDiscovery;
import dev.zenneural.gpu.opencl.OpenClUnavailableException;
import dev.zenneural.ml.forecast.TrainingBackend;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The side-by-side benchmark of issue 5: SGEMM GFLOP/s for square products, training steps/s of
 * a FANN MLP and of zen-ml's forecasting MLP of the same layers ({@link ForecastRates}), on the CPU
 * backend and on every OpenCL device found, printed as one table each with the
 * device names. On each device the tuned kernel with the device's tuning set runs beside the simple
 * kernel (and, with {@code --tunings}, every shipped set that fits). Every device product is checked
 * against the CPU's; a difference above 1e-3 of the largest value fails the run (exit 1).
 *
 * <p>Run it with {@code ci/bench-gpu.sh} (builds, then runs this class), or on a GPU machine without
 * a JDK with the bundle that {@code ci/bench-gpu.sh --bundle} makes. {@code --quick} sizes it for
 * PoCL; the defaults are the sizes, for a GPU. See {@link BenchOptions#USAGE}.
 */
public final class GpuBenchmark {

    /** A device product farther than this from the CPU's, relative to its largest value, is wrong. */
    private static final double CHECK_LIMIT = 1e-3;

    private final BenchOptions options;
    private final PrintStream out;
    private boolean failed;

    private GpuBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the benchmark.
     *
     * @param args see {@link BenchOptions#USAGE}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the benchmark, printing the tables to {@code out} and command-line errors to {@code err}.
     *
     * @return the exit status: 0, 1 if a device product was wrong, 2 for a bad command line
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("GpuBenchmark: " + e.getMessage());
            err.println(BenchOptions.USAGE);
            return 2;
        }
        List<OpenClDevice> devices;
        try {
            devices = OpenClDiscovery.devices();
        } catch (OpenClUnavailableException e) {
            if (options.device() != null) {
                err.println("GpuBenchmark: --device=" + options.device() + ": " + e.getMessage());
                return 2;
            }
            out.println("no OpenCL device: " + e.getMessage());
            devices = List.of();
        }
        if (options.device() != null) {
            List<OpenClDeviceInfo> infos = devices.stream().map(OpenClDevice::info).toList();
            try {
                devices = List.of(devices.get(DeviceSelector.select(infos, options.device())));
            } catch (OpenClUnavailableException e) {
                err.println("GpuBenchmark: --device=" + options.device() + " matches no device (give an index or part"
                        + " of a name; devices: " + DeviceSelector.list(infos) + ")");
                return 2;
            }
        }
        GpuBenchmark bench = new GpuBenchmark(options, out);
        bench.run(args, devices);
        return bench.failed ? 1 : 0;
    }

    private void run(String[] args, List<OpenClDevice> devices) {
        out.println("zen-gpu benchmark: GpuBenchmark " + String.join(" ", args));
        out.println("  options: SGEMM N=" + Arrays.toString(options.sizes()) + ", MLP " + mlp() + " batch "
                + options.batch() + ", " + options.steps() + " timed steps" + (options.quick() ? " (--quick)" : ""));
        try (CpuBackend cpu = new CpuBackend()) {
            out.println("  [cpu] " + cpu.deviceDescription() + "; training on " + options.cpuThreads() + " threads");
            for (int d = 0; d < devices.size(); d++) {
                out.println("  [d" + d + "] " + devices.get(d).info().describe());
            }
            sgemm(cpu, devices);
            training(devices);
            forecastTraining(devices);
        }
        out.println("  check: every device product within " + CHECK_LIMIT + " of the CPU's (relative to its"
                + " largest value): " + (failed ? "NO, see FAILED above" : "yes"));
    }

    /** One row per kernel, one column per N: rows stay readable however many tuning sets run. */
    private void sgemm(CpuBackend cpu, List<OpenClDevice> devices) {
        out.println();
        out.println("SGEMM C = A * B, N x N floats, GFLOP/s (OpenCL: buffers on the device, transfers excluded)");
        int[] sizes = options.sizes();
        List<String> headers = new ArrayList<>(List.of("kernel"));
        Arrays.stream(sizes).forEach(n -> headers.add("N=" + n));
        List<List<String>> rows = new ArrayList<>();
        List<String> cpuRow = new ArrayList<>(List.of("[cpu] CPU backend"));
        List<float[]> reference = new ArrayList<>();
        for (int n : sizes) {
            SgemmRates.Measured m = SgemmRates.cpu(cpu, n, SgemmRates.random(1, n * n), SgemmRates.random(2, n * n),
                    options.minSeconds());
            cpuRow.add(gflops(m.gflops()));
            reference.add(m.c());
        }
        rows.add(cpuRow);
        for (int d = 0; d < devices.size(); d++) {
            try (DeviceContext context = new DeviceContext(devices.get(d)); ClResources kernels = new ClResources()) {
                for (DeviceSgemm sgemm : kernelsToMeasure(context, kernels)) {
                    List<String> row = new ArrayList<>();
                    row.add("[d" + d + "] " + sgemm.description().replace(" (simple kernel: requested)", ""));
                    for (int i = 0; i < sizes.length; i++) {
                        int n = sizes[i];
                        SgemmRates.Measured m = SgemmRates.device(context, sgemm, n, SgemmRates.random(1, n * n),
                                SgemmRates.random(2, n * n), options.minSeconds());
                        double diff = SgemmRates.relativeDifference(reference.get(i), m.c());
                        String cell = gflops(m.gflops());
                        if (!(diff <= CHECK_LIMIT)) {
                            failed = true;
                            cell += " FAILED(diff " + diff + ")";
                        }
                        row.add(cell);
                    }
                    rows.add(row);
                }
            }
        }
        printTable(headers, rows);
    }

    /** The device's chosen kernel, the simple one, and the sets --tunings and --tuning ask for. */
    private List<DeviceSgemm> kernelsToMeasure(DeviceContext context, ClResources kernels) {
        List<DeviceSgemm> list = new ArrayList<>();
        DeviceSgemm chosen = DeviceSgemm.forDevice(context, kernels);
        list.add(chosen);
        list.add(DeviceSgemm.simple(context, kernels));
        Set<SgemmTuning> more = new LinkedHashSet<>();
        if (options.allTunings()) {
            more.addAll(SgemmTunings.shipped());
        }
        more.addAll(options.extraTunings());
        for (SgemmTuning t : more) {
            boolean isChosen = chosen.description().equals("xgemm.cl " + t.describe());
            if (!isChosen && t.fits(context.limits())) {
                list.add(DeviceSgemm.tuned(context, kernels, t));
            } else if (!isChosen) {
                out.println("  (" + t.describe() + " does not fit " + context.device().name() + ": skipped)");
            }
        }
        return list;
    }

    private void training(List<OpenClDevice> devices) {
        out.println();
        out.println("Training MLP " + mlp() + ", batch " + options.batch() + ", full-batch iRPROP- (one step = one"
                + " epoch: forward, backward, update), steps/s");
        Network network = TrainingRates.network(options.layers());
        TrainingData data = TrainingRates.data(options.layers(), options.batch());
        List<List<String>> rows = new ArrayList<>();
        double cpu = TrainingRates.stepsPerSecond(null, options.cpuThreads(), network, data, options.steps());
        rows.add(List.of("[cpu] CPU engine", steps(cpu), "1.00"));
        for (int d = 0; d < devices.size(); d++) {
            try (OpenClBackend backend = new OpenClBackend(devices.get(d))) {
                double rate = TrainingRates.stepsPerSecond(backend, options.cpuThreads(), network, data,
                        options.steps());
                rows.add(List.of("[d" + d + "] " + backend.gemmKernel(), steps(rate),
                        String.format(Locale.ROOT, "%.2f", rate / cpu)));
            }
        }
        printTable(List.of("backend", "steps/s", "x cpu"), rows);
    }

    /** zen-ml's forecasting MLP of the same layers, trained through NeuralForecast: host against each device. */
    private void forecastTraining(List<OpenClDevice> devices) {
        out.println();
        Optional<ForecastRates> rates = ForecastRates.of(options.layers(), options.batch());
        if (rates.isEmpty()) {
            out.println("Training zen-ml MLP: skipped (its hidden layers are all one size; --mlp=" + mlp() + ")");
            return;
        }
        ForecastRates mlp = rates.get();
        out.println("Training zen-ml MLP (NeuralForecast, " + mlp.describe() + "; one step = sample and normalise"
                + " windows on the host, forward, backward, Adam), steps/s");
        List<List<String>> rows = new ArrayList<>();
        double cpu = mlp.stepsPerSecond(TrainingBackend.host(), options.steps());
        rows.add(List.of("[cpu] zen-ml layers on the CPU backend", steps(cpu), "1.00"));
        for (int d = 0; d < devices.size(); d++) {
            try (OpenClBackend backend = new OpenClBackend(devices.get(d))) {
                double rate = mlp.stepsPerSecond(TrainingBackend.on(backend), options.steps());
                rows.add(List.of("[d" + d + "] weights and Adam state on the device", steps(rate),
                        String.format(Locale.ROOT, "%.2f", rate / cpu)));
            }
        }
        printTable(List.of("backend", "steps/s", "x cpu"), rows);
    }

    private String mlp() {
        return Arrays.stream(options.layers()).mapToObj(Integer::toString).collect(Collectors.joining("-"));
    }

    private void printTable(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        out.println(line(headers, widths));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            // The first column reads left to right; numbers line up on the right.
            line.append(c == 0 ? String.format(Locale.ROOT, "%-" + widths[c] + "s", cell)
                    : String.format(Locale.ROOT, "  %" + widths[c] + "s", cell));
        }
        return line.toString();
    }

    private static String gflops(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String steps(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
