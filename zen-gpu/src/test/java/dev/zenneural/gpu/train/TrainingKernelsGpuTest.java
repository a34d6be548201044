package dev.zenneural.gpu.train;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static dev.zenneural.core.testing.FloatAsserts.sumTolerance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.train.ErrorAccumulator;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.SlopeRule;
import dev.zenneural.core.testing.RandomMatrices;
import dev.zenneural.gpu.GpuDevices;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kernel of {@code training.cl} against zen-core's computation, on shapes with odd sizes and
 * 1 x N edges. Tolerances: where the device does the same float operations as zen-core (sums,
 * clamps, differences, iRPROP-) the results must be equal to the bit; where zen-core evaluates in
 * double and the device in float ({@code exp}, {@code log}, {@code tanh}, division) they may differ
 * by 2e-6 relative (a few float ulps); sums in another order by {@code sumTolerance}.
 */
@Tag("gpu")
class TrainingKernelsGpuTest {

    private static DeviceContext context;
    private ClResources run;
    private TrainingKernels kernels;

    @BeforeAll
    static void open() {
        context = new DeviceContext(GpuDevices.selected());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @BeforeEach
    void kernels() {
        run = new ClResources();
        kernels = new TrainingKernels(context, run);
    }

    @AfterEach
    void release() {
        run.close();
        assertEquals(0, context.liveBuffers(), "every buffer of the test is closed");
    }

    /** rows x count x k, with odd sizes and 1 x N edges. */
    static Stream<Arguments> layerShapes() {
        int[][] shapes = {{1, 1, 2}, {1, 37, 5}, {37, 1, 3}, {17, 13, 9}, {64, 33, 20}, {3, 65, 1 + 1}};
        List<Arguments> cases = new ArrayList<>();
        for (ActivationFunction f : DeviceActivation.supported()) {
            for (int[] s : shapes) {
                cases.add(Arguments.of(f, s[0], s[1], s[2]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2} k={3}")
    @MethodSource("layerShapes")
    void biasActivationIsTheSteepenedClampedSumAndTheFunctionsValue(ActivationFunction f, int rows, int count, int k) {
        long seed = 7L * rows + 13L * count + k + f.ordinal() * 1000L;
        float steepness = 0.25f + (f.ordinal() % 4) * 0.5f;
        float[] sums = scaled(RandomMatrices.uniform(seed, rows * count), 4f);
        // Some sums far enough out to hit the +-150 / steepness clamp.
        sums[sums.length / 2] = 1e4f;
        sums[0] = -1e4f;
        float[] params = RandomMatrices.uniform(seed + 1, count * k);
        float[] expectedSums = new float[sums.length];
        float[] expectedValues = new float[sums.length];
        for (int i = 0; i < sums.length; i++) {
            expectedSums[i] = ActivationFunction.steepenedSum(steepness, sums[i] + params[(i % count) * k + k - 1]);
            expectedValues[i] = f.value(expectedSums[i]);
        }
        DeviceBuffer sumsBuffer = upload(sums);
        DeviceBuffer values = allocate(sums.length);

        kernels.biasActivation(rows, count, sumsBuffer, upload(params), k, DeviceActivation.code(f), steepness,
                150 / steepness, values);

        assertArrayEquals(expectedSums, read(sumsBuffer), "steepened sums");
        assertClose(expectedValues, read(values), 2e-6, f + " values");
    }

    static Stream<Arguments> outputCases() {
        List<Arguments> cases = new ArrayList<>();
        for (ActivationFunction f : DeviceActivation.supported()) {
            for (ErrorFunction e : ErrorFunction.values()) {
                for (int n : new int[] {1, 3, 130}) {
                    cases.add(Arguments.of(f, e, n));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} n={2}")
    @MethodSource("outputCases")
    void outputErrorsAreAsZenCoresAccumulatorAndErrorFunction(ActivationFunction f, ErrorFunction errorFunction,
            int n) {
        long seed = 31L * n + f.ordinal() + 100L * errorFunction.ordinal();
        float steepness = 0.75f;
        float[] sums = scaled(RandomMatrices.uniform(seed, n), 3f);
        float[] values = new float[n];
        f.apply(sums, 0, n, values);
        float[] targets = RandomMatrices.uniform(seed + 1, n);
        if (!f.symmetric() && f.minOutput() >= 0) {
            for (int i = 0; i < n; i++) {
                targets[i] = (targets[i] + 1) / 2;
            }
        }
        // An exact hit of the target and a difference at the tanh error function's cap.
        targets[0] = values[0];
        if (n > 2) {
            targets[2] = values[2] + (f.symmetric() ? 2f : 1f);
        }
        float bitFailLimit = 0.35f;
        float[] expectedErrors = new float[n];
        float[] expectedSquared = new float[n];
        int[] expectedFails = new int[n];
        for (int i = 0; i < n; i++) {
            ErrorAccumulator one = new ErrorAccumulator(bitFailLimit);
            float diff = one.add(f, targets[i], values[i]);
            expectedSquared[i] = diff * diff;
            expectedFails[i] = one.bitFails();
            expectedErrors[i] = f.derivative(steepness, values[i], sums[i]) * errorFunction.apply(diff);
        }
        DeviceBuffer errors = allocate(n);
        DeviceBuffer squared = allocate(n);
        DeviceBuffer fails = allocate(n);

        kernels.outputErrors(n, upload(values), upload(sums), upload(targets), DeviceActivation.code(f), steepness,
                f.symmetric(), errorFunction == ErrorFunction.TANH ? TrainingKernels.ERRORFUNC_TANH
                        : TrainingKernels.ERRORFUNC_LINEAR, bitFailLimit, errors, squared, fails);

        assertArrayEquals(expectedSquared, read(squared), "squared differences");
        int[] deviceFails = new int[n];
        context.read(fails, deviceFails);
        assertArrayEquals(expectedFails, deviceFails, "bit fails");
        assertClose(expectedErrors, read(errors), 2e-6, "errors");
    }

    @ParameterizedTest(name = "n={0}")
    @MethodSource("lengths")
    void addLossAddsTheSumsToTheTotals(int n) {
        float[] squared = RandomMatrices.uniform(n, n);
        int[] fails = new int[n];
        double sum = 0;
        int failCount = 0;
        for (int i = 0; i < n; i++) {
            squared[i] *= squared[i];
            sum += squared[i];
            fails[i] = i % 3 == 0 ? 1 : 0;
            failCount += fails[i];
        }
        DeviceBuffer totalSquared = upload(new float[] {0.5f});
        DeviceBuffer totalFails = allocate(1);
        context.fill(totalFails, 0f);
        DeviceBuffer squaredBuffer = upload(squared);
        DeviceBuffer failsBuffer = upload(ints(fails));

        kernels.addLoss(n, squaredBuffer, failsBuffer, totalSquared, totalFails);
        kernels.addLoss(n, squaredBuffer, failsBuffer, totalSquared, totalFails);

        assertClose(new float[] {(float) (0.5 + 2 * sum)}, read(totalSquared), sumTolerance(n), "squared total");
        int[] total = new int[1];
        context.read(totalFails, total);
        assertEquals(2 * failCount, total[0], "bit-fail total");
    }

    static Stream<Integer> lengths() {
        return Stream.of(1, 2, 63, 64, 65, 1000);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("matrixShapes")
    void gatherRowsCopiesTheOrderedRowsOfAChunk(int rows, int cols) {
        int first = 2;
        int numPairs = first + rows + 1;
        float[] src = RandomMatrices.uniform(numPairs * 10L + cols, numPairs * cols);
        int[] order = new int[numPairs];
        for (int i = 0; i < numPairs; i++) {
            order[i] = numPairs - 1 - i;
        }
        float[] expected = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(src, order[first + r] * cols, expected, r * cols, cols);
        }
        DeviceBuffer orderBuffer = allocate(numPairs);
        context.write(order, orderBuffer);
        DeviceBuffer dst = allocate(rows * cols);

        kernels.gatherRows(rows, cols, orderBuffer, first, upload(src), dst);

        assertArrayEquals(expected, read(dst));
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("layerShapes")
    void derivativeTimesErrorIsZenCoresDerivative(ActivationFunction f, int rows, int count, int unused) {
        int n = rows * count;
        long seed = 3L * n + f.ordinal();
        float steepness = 1.5f;
        float[] sums = scaled(RandomMatrices.uniform(seed, n), 3f);
        float[] values = new float[n];
        f.apply(sums, 0, n, values);
        float[] errors = RandomMatrices.uniform(seed + 1, n);
        float[] expected = new float[n];
        for (int i = 0; i < n; i++) {
            expected[i] = errors[i] * f.derivative(steepness, values[i], sums[i]);
        }
        DeviceBuffer errorsBuffer = upload(errors);

        kernels.derivativeTimesError(n, upload(values), upload(sums), DeviceActivation.code(f), steepness,
                errorsBuffer);

        assertClose(expected, read(errorsBuffer), 2e-6, f + " errors");
    }

    static Stream<Arguments> matrixShapes() {
        return Stream.of(Arguments.of(1, 1), Arguments.of(1, 37), Arguments.of(37, 1), Arguments.of(100, 13),
                Arguments.of(257, 5), Arguments.of(64, 64));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("matrixShapes")
    void columnSumsWriteOrAddIntoAStridedColumn(int rows, int cols) {
        float[] x = RandomMatrices.uniform(rows * 1000L + cols, rows * cols);
        int stride = 3;
        int offset = 2;
        float[] out = RandomMatrices.uniform(rows + 5L * cols, offset + (cols - 1) * stride + 1);
        float[] written = out.clone();
        float[] added = out.clone();
        for (int j = 0; j < cols; j++) {
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                sum += x[r * cols + j];
            }
            written[offset + j * stride] = (float) sum;
            added[offset + j * stride] = (float) (out[offset + j * stride] + sum);
        }
        DeviceBuffer xBuffer = upload(x);
        DeviceBuffer write = upload(out);
        DeviceBuffer add = upload(out);

        kernels.columnSums(rows, cols, xBuffer, write, offset, stride, false);
        kernels.columnSums(rows, cols, xBuffer, add, offset, stride, true);

        assertClose(written, read(write), sumTolerance(rows), "written sums (other elements untouched)");
        assertClose(added, read(add), sumTolerance(rows), "added sums (other elements untouched)");
    }

    @ParameterizedTest(name = "n={0}")
    @MethodSource("lengths")
    void rpropStepsAsZenCoresRuleToTheBit(int n) {
        Rprop rprop = new Rprop(1.2f, 0.5f, 0.001f, 0.3f, 0.1f);
        SlopeRule rule = rprop.rule(n);
        float[] weights = RandomMatrices.uniform(n, n);
        weights[0] = 1499.95f;
        DeviceBuffer deviceWeights = upload(weights);
        DeviceBuffer steps = allocate(n);
        context.fill(steps, rprop.deltaZero());
        DeviceBuffer previousSlopes = allocate(n);
        context.fill(previousSlopes, 0f);
        for (int update = 0; update < 6; update++) {
            // Slopes that keep or flip their sign from step to step, and zeros.
            float[] slopes = RandomMatrices.uniform(100L * n + update, n);
            for (int i = 0; i < n; i += 5) {
                slopes[i] = 0f;
            }
            slopes[0] = 1f;
            rule.update(weights, slopes, 1, update + 1, 0f);
            kernels.rprop(n, deviceWeights, upload(slopes), steps, previousSlopes, rprop.increaseFactor(),
                    rprop.decreaseFactor(), rprop.deltaMin(), rprop.deltaMax());
            assertArrayEquals(weights, read(deviceWeights), "weights after update " + (update + 1));
        }
    }

    @ParameterizedTest(name = "n={0}")
    @MethodSource("lengths")
    void sgdMomentumStepsAsZenCoresToTheBit(int n) {
        float momentum = 0.9f;
        float rate = 0.1f / 7;
        float[] weights = RandomMatrices.uniform(n, n);
        float[] velocity = new float[n];
        DeviceBuffer deviceWeights = upload(weights);
        DeviceBuffer deviceVelocity = allocate(n);
        context.fill(deviceVelocity, 0f);
        for (int step = 0; step < 4; step++) {
            float[] slopes = RandomMatrices.uniform(7L * n + step, n);
            // SgdMomentum.step, as written there.
            for (int i = 0; i < n; i++) {
                velocity[i] = momentum * velocity[i] + rate * slopes[i];
                weights[i] += velocity[i];
            }
            kernels.sgdMomentum(n, deviceWeights, upload(slopes), deviceVelocity, momentum, rate);
            assertArrayEquals(weights, read(deviceWeights), "weights after step " + (step + 1));
        }
    }

    @ParameterizedTest(name = "n={0}")
    @MethodSource("lengths")
    void adamStepsAsZenCores(int n) {
        float beta1 = 0.9f;
        float beta2 = 0.999f;
        int batchPairs = 5;
        float[] weights = RandomMatrices.uniform(n, n);
        float[] mean = new float[n];
        float[] meanSquare = new float[n];
        DeviceBuffer deviceWeights = upload(weights);
        DeviceBuffer deviceMean = allocate(n);
        DeviceBuffer deviceMeanSquare = allocate(n);
        context.fill(deviceMean, 0f);
        context.fill(deviceMeanSquare, 0f);
        for (int step = 1; step <= 4; step++) {
            float[] slopes = RandomMatrices.uniform(11L * n + step, n);
            // Adam.step, as written there (the step itself in double).
            double correction1 = 1 - Math.pow(beta1, step);
            double correction2 = 1 - Math.pow(beta2, step);
            double rate = 0.01 * Math.sqrt(correction2) / correction1;
            double eps = 1e-8f * Math.sqrt(correction2);
            for (int i = 0; i < n; i++) {
                float g = slopes[i] / batchPairs;
                mean[i] = beta1 * mean[i] + (1 - beta1) * g;
                meanSquare[i] = beta2 * meanSquare[i] + (1 - beta2) * g * g;
                weights[i] += (float) (rate * mean[i] / (Math.sqrt(meanSquare[i]) + eps));
            }
            kernels.adam(n, deviceWeights, upload(slopes), deviceMean, deviceMeanSquare, beta1, beta2, batchPairs,
                    (float) rate, (float) eps);
            assertClose(mean, read(deviceMean), 0, "running mean after step " + step);
            assertClose(meanSquare, read(deviceMeanSquare), 0, "running square after step " + step);
            assertClose(weights, read(deviceWeights), 2e-6, "weights after step " + step);
        }
    }

    private DeviceBuffer upload(float[] values) {
        return run.add(context.upload(values));
    }

    private DeviceBuffer allocate(int size) {
        return run.add(context.allocate(size));
    }

    private float[] read(DeviceBuffer buffer) {
        float[] values = new float[buffer.size()];
        context.read(buffer, values);
        return values;
    }

    /** The bits of {@code values} as floats, for uploading {@code int}s. */
    private static float[] ints(int[] values) {
        float[] bits = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.intBitsToFloat(values[i]);
        }
        return bits;
    }

    private static float[] scaled(float[] values, float factor) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
        return values;
    }
}
