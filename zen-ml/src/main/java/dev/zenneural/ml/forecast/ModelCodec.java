package dev.zenneural.ml.forecast;

import dev.zenneural.ml.loss.Huber;
import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.loss.Mape;
import dev.zenneural.ml.loss.Mase;
import dev.zenneural.ml.loss.Mse;
import dev.zenneural.ml.loss.QuantileLoss;
import dev.zenneural.ml.loss.Smape;
import dev.zenneural.ml.nn.Recurrent;
import dev.zenneural.ml.scale.ScalerType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Model configurations to and from the saved-forecaster format: a type name, the shared window
 * settings, then the type's own settings, each field in a fixed order. New model types or fields
 * get new type names or a new format version, so old files keep their meaning.
 */
final class ModelCodec {

    private ModelCodec() {
    }

    static void write(ForecastModel model, DataOutputStream out) throws IOException {
        if (model instanceof Mlp m) {
            out.writeUTF("MLP");
            settings(m.settings(), out);
            out.writeInt(m.hiddenSize());
            out.writeInt(m.numLayers());
        } else if (model instanceof NHits m) {
            out.writeUTF("NHITS");
            settings(m.settings(), out);
            ints(m.nBlocks(), out);
            ints(m.nPoolKernelSize(), out);
            ints(m.nFreqDownsample(), out);
            out.writeInt(m.hiddenSize());
            out.writeInt(m.mlpLayers());
        } else if (model instanceof NBeats m) {
            out.writeUTF("NBEATS");
            settings(m.settings(), out);
            out.writeInt(m.stackTypes().size());
            for (NBeats.StackType t : m.stackTypes()) {
                out.writeUTF(t.name());
            }
            out.writeInt(m.blocksPerStack());
            out.writeInt(m.hiddenSize());
            out.writeInt(m.mlpLayers());
            out.writeInt(m.nHarmonics());
            out.writeInt(m.nPolynomials());
        } else if (model instanceof NLinear m) {
            out.writeUTF("NLINEAR");
            settings(m.settings(), out);
        } else if (model instanceof DLinear m) {
            out.writeUTF("DLINEAR");
            settings(m.settings(), out);
            out.writeInt(m.movingAvgWindow());
        } else if (model instanceof Rnn m) {
            out.writeUTF("RECURRENT");
            settings(m.settings(), out);
            out.writeUTF(m.cell().name());
            out.writeInt(m.encoderHiddenSize());
            out.writeInt(m.encoderNLayers());
            out.writeInt(m.decoderHiddenSize());
            out.writeInt(m.decoderLayers());
        } else if (model instanceof Tcn m) {
            out.writeUTF("TCN");
            settings(m.settings(), out);
            out.writeInt(m.kernelSize());
            ints(m.dilations(), out);
            out.writeInt(m.encoderHiddenSize());
            out.writeInt(m.decoderHiddenSize());
            out.writeInt(m.decoderLayers());
        } else {
            throw new IllegalArgumentException("cannot save a " + model.getClass().getName()
                    + "; saving knows MLP, NHITS, NBEATS, NLinear, DLinear, RNN, LSTM, GRU and TCN");
        }
    }

    /**
     * Reads a model written by {@code format} (1: no exogenous lists, 2: historic ones, 3: also
     * future and static ones).
     */
    static ForecastModel read(DataInputStream in, int format) throws IOException {
        String type = in.readUTF();
        return switch (type) {
            case "MLP" -> new Mlp(settings(in, format), in.readInt(), in.readInt());
            case "NHITS" -> new NHits(settings(in, format), ints(in), ints(in), ints(in), in.readInt(), in.readInt());
            case "NBEATS" -> {
                WindowSettings s = settings(in, format);
                int stacks = count(in, 64);
                List<NBeats.StackType> types = new ArrayList<>();
                for (int i = 0; i < stacks; i++) {
                    types.add(NBeats.StackType.valueOf(in.readUTF()));
                }
                yield new NBeats(s, types, in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
            }
            case "NLINEAR" -> new NLinear(settings(in, format));
            case "DLINEAR" -> new DLinear(settings(in, format), in.readInt());
            case "RECURRENT" -> new Rnn(settings(in, format), Recurrent.CellType.valueOf(in.readUTF()), in.readInt(),
                    in.readInt(), in.readInt(), in.readInt());
            case "TCN" -> new Tcn(settings(in, format), in.readInt(), ints(in), in.readInt(), in.readInt(), in.readInt());
            default -> throw new IOException("unknown model type '" + type + "'");
        };
    }

    private static void settings(WindowSettings s, DataOutputStream out) throws IOException {
        out.writeUTF(s.alias());
        out.writeInt(s.h());
        out.writeInt(s.inputSize());
        loss(s.loss(), out);
        out.writeInt(s.maxSteps());
        out.writeFloat(s.learningRate());
        out.writeInt(s.numLrDecays());
        out.writeInt(s.batchSize());
        out.writeInt(s.windowsBatchSize());
        out.writeUTF(s.scalerType().label());
        out.writeLong(s.randomSeed());
        out.writeInt(s.earlyStopPatienceSteps());
        out.writeInt(s.valCheckSteps());
        out.writeBoolean(s.startPaddingEnabled());
        out.writeDouble(s.gradientClipVal());
        strings(s.histExogList(), out);
        strings(s.futrExogList(), out);
        strings(s.statExogList(), out);
    }

    private static WindowSettings settings(DataInputStream in, int format) throws IOException {
        return new WindowSettings(in.readUTF(), in.readInt(), in.readInt(), loss(in), in.readInt(), in.readFloat(),
                in.readInt(), in.readInt(), in.readInt(), ScalerType.fromLabel(in.readUTF()), in.readLong(),
                in.readInt(), in.readInt(), in.readBoolean(), in.readDouble(), format >= 2 ? strings(in) : List.of(),
                format >= 3 ? strings(in) : List.of(), format >= 3 ? strings(in) : List.of());
    }

    private static void loss(Loss loss, DataOutputStream out) throws IOException {
        if (loss instanceof Mae) {
            out.writeUTF("MAE");
        } else if (loss instanceof Mse) {
            out.writeUTF("MSE");
        } else if (loss instanceof Smape) {
            out.writeUTF("SMAPE");
        } else if (loss instanceof Mase m) {
            out.writeUTF("MASE");
            out.writeInt(m.seasonality());
        } else if (loss instanceof Mape) {
            out.writeUTF("MAPE");
        } else if (loss instanceof Huber h) {
            out.writeUTF("HUBER");
            out.writeDouble(h.delta());
        } else if (loss instanceof QuantileLoss q && q.hasLevels()) {
            out.writeUTF("LEVELS");
            ints(q.intervalLevels(), out);
        } else if (loss instanceof QuantileLoss q) {
            out.writeUTF("QUANTILE");
            out.writeDouble(q.quantiles()[0]);
        } else {
            throw new IllegalArgumentException("cannot save the loss " + loss
                    + "; saving knows MAE, MSE, sMAPE, MAPE, MASE, Huber and quantile losses");
        }
    }

    private static Loss loss(DataInputStream in) throws IOException {
        String type = in.readUTF();
        return switch (type) {
            case "MAE" -> new Mae();
            case "MSE" -> new Mse();
            case "SMAPE" -> new Smape();
            case "MAPE" -> new Mape();
            case "MASE" -> new Mase(in.readInt());
            case "HUBER" -> new Huber(in.readDouble());
            case "LEVELS" -> QuantileLoss.levels(ints(in));
            case "QUANTILE" -> QuantileLoss.of(in.readDouble());
            default -> throw new IOException("unknown loss '" + type + "'");
        };
    }

    static void strings(List<String> values, DataOutputStream out) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in, 4096);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    private static void ints(int[] values, DataOutputStream out) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] values = new int[count(in, 1024)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /** A count read from the file, refused beyond {@code max} so that a corrupted one cannot exhaust memory. */
    static int count(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("a count of " + n + " is out of range (0 to " + max + ")");
        }
        return n;
    }
}
