package dev.zenneural.ml.forecast;

import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.backend.CpuBackend;
import dev.zenneural.ml.nn.Compute;
import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A trained network with its settings: forecasts the next {@code h} steps of series from their
 * histories. Holds the network's scratch (and its copies' for forecasts shared out over threads), so
 * one thread at a time.
 */
final class FittedModel {

    private final ForecastModel model;
    private final WindowSettings settings;
    private final Layer network;
    private final List<WindowForecaster> forecasters = new ArrayList<>();

    FittedModel(ForecastModel model, Layer network) {
        this.model = model;
        this.settings = model.settings();
        this.network = network;
    }

    ForecastModel model() {
        return model;
    }

    WindowSettings settings() {
        return settings;
    }

    Layer network() {
        return network;
    }

    /**
     * The forecasts of every series of {@code history} after its last value: {@code h x outputsPerStep}
     * values per series, series after series, in the data's units. On the CPU backend the series are
     * shared out in blocks of {@link #SERIES_PER_BLOCK} over {@link ForecastThreads#count()} threads,
     * each with its own copy of the network, when there are at least {@link #MIN_SERIES_PER_THREAD}
     * per thread; every
     * window's products sum in the same order however they are shared out, so the forecasts are
     * the same to the bit for any thread count.
     *
     * @throws IllegalArgumentException if a history is shorter than the model's input and start
     *     padding is off, or lacks the future values the model reads
     */
    float[] forecast(SeriesSet history) {
        boolean cpu = Compute.backend() instanceof CpuBackend;
        int parts = cpu ? Math.min(ForecastThreads.count(), Math.max(1, history.count() / MIN_SERIES_PER_THREAD)) : 1;
        return forecast(history, parts);
    }

    /** Below this many series per thread, handing work to another thread costs more than it saves. */
    static final int MIN_SERIES_PER_THREAD = 64;

    /**
     * Series per block a thread takes at a time. Every product packs its weights anew, so blocks are
     * as large as the halves the kernels' own two-way split of a 1,024-window call gave (in a CPU
     * profile of blocks of 256, packing and the Vector API's uncompiled paths took about 10 % more).
     */
    static final int SERIES_PER_BLOCK = 512;

    /** {@link #forecast(SeriesSet)} shared out over {@code parts} threads (1: on the caller's, as it computes). */
    float[] forecast(SeriesSet history, int parts) {
        return forecast(history, parts, SERIES_PER_BLOCK);
    }

    /** {@link #forecast(SeriesSet, int)} in blocks of {@code seriesPerBlock}. */
    float[] forecast(SeriesSet history, int parts, int seriesPerBlock) {
        int count = history.count();
        float[][][] futr = history.select(settings.futrExogList());
        checkHistories(history, futr);
        float[] result = new float[count * settings.outputSize()];
        float[][][] exog = history.select(settings.histExogList());
        float[][] statics = history.selectStatics(settings.statExogList());
        if (parts <= 1) {
            forecaster(0).forecast(history, exog, futr, statics, 0, count, result);
            return result;
        }
        WindowForecaster[] forecasters = new WindowForecaster[parts];
        for (int p = 0; p < parts; p++) {
            forecasters[p] = forecaster(p);
        }
        // Blocks handed out as threads come free, not fixed halves: on a busy machine a thread that
        // loses its core for a while leaves its share to the others instead of holding up the call.
        AtomicInteger next = new AtomicInteger();
        ForecastThreads.runSharing(parts, p -> {
            // This thread is one of several already: its products stay on it.
            ComputeBackend before = Compute.use(CpuBackend.onCallingThread());
            try {
                for (int first = next.getAndAdd(seriesPerBlock); first < count;
                        first = next.getAndAdd(seriesPerBlock)) {
                    forecasters[p].forecast(history, exog, futr, statics, first,
                            Math.min(count, first + seriesPerBlock), result);
                }
            } finally {
                Compute.use(before);
            }
        });
        return result;
    }

    private void checkHistories(SeriesSet history, float[][][] futr) {
        for (int s = 0; s < history.count(); s++) {
            float[] y = history.values(s);
            if (y.length < settings.inputSize() && !settings.startPaddingEnabled()) {
                throw new IllegalArgumentException("series " + history.id(s) + " has " + y.length + " values; "
                        + settings.alias() + " reads the last " + settings.inputSize()
                        + " (set startPaddingEnabled to pad shorter ones)");
            }
            for (int c = 0; c < futr[s].length; c++) {
                if (futr[s][c].length < y.length + settings.h()) {
                    throw new IllegalArgumentException("series " + history.id(s) + ": " + settings.alias()
                            + " reads future values of '" + settings.futrExogList().get(c) + "'; give the next "
                            + settings.h() + " of them to predict(futr)");
                }
            }
        }
    }

    /**
     * Forecaster {@code p}: the first works with the trained network itself, the others with copies
     * of it made on first use (the trained network's weights do not change after).
     */
    private WindowForecaster forecaster(int p) {
        while (forecasters.size() <= p) {
            Layer net = forecasters.isEmpty() ? network : copyOfNetwork();
            forecasters.add(new WindowForecaster(settings, net));
        }
        return forecasters.get(p);
    }

    private Layer copyOfNetwork() {
        Layer copy = model.newNetwork(new SplittableRandom(0));
        List<Parameter> from = network.parameters();
        List<Parameter> to = copy.parameters();
        for (int i = 0; i < from.size(); i++) {
            System.arraycopy(from.get(i).value(), 0, to.get(i).value(), 0, from.get(i).size());
        }
        return copy;
    }
}
