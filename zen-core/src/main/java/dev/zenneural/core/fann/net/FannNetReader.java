package dev.zenneural.core.fann.net;

import dev.zenneural.core.fann.data.FannFormatException;
import dev.zenneural.core.fann.text.CFloat;
import dev.zenneural.core.fann.text.LineReader;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkType;
import dev.zenneural.core.nn.network.Topology;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parses FANN 2.x {@code .net} files in libfann's key order, checking every count against what
 * follows and every index against the network, so that a damaged or lying file ends in a
 * {@link FannFormatException} at its line rather than in a wrong network or an OutOfMemoryError.
 */
final class FannNetReader {

    /** The least text a neuron entry takes, {@code (0,0,0)}: bounds what a file of known size declares. */
    private static final int MIN_NEURON_CHARS = 7;
    /** The least text a connection entry takes, {@code (0,0)}. */
    private static final int MIN_CONNECTION_CHARS = 5;
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final NetScanner in;
    private final long maxChars;
    private final NetVersion version;
    private int decimalPoint;

    private FannNetReader(NetScanner in, long maxChars, NetVersion version) {
        this.in = in;
        this.maxChars = maxChars;
        this.version = version;
    }

    static FannNet read(Reader reader, String source, long maxChars) throws IOException {
        NetScanner in = new NetScanner(reader, source);
        String magic = in.firstLine();
        NetVersion version = NetVersion.fromMagic(magic);
        if (version == null) {
            String found = magic == null ? "an empty file"
                    : LineReader.startsWithBom(magic) ? LineReader.BOM_FOUND : "'" + cut(magic) + "'";
            throw new FannFormatException(source, 1, "expected a FANN network header, one of "
                    + NetVersion.supported() + ", but found " + found);
        }
        return new FannNetReader(in, maxChars, version).read();
    }

    private FannNet read() throws IOException {
        if (version.fixed()) {
            long dp = unsignedKey("decimal_point");
            if (dp > 30) {
                throw in.error("decimal_point " + dp + " is out of range; expected 0 to 30");
            }
            decimalPoint = (int) dp;
        }
        long numLayers = unsignedKey("num_layers");
        int numLayersLine = in.pieceLine();
        if (numLayers < 2) {
            throw in.error("num_layers is " + numLayers + "; a network needs at least 2 layers");
        }
        if (numLayers > maxChars / 2 || numLayers > MAX_ARRAY) {
            throw in.error("num_layers is " + numLayers + ", more than "
                    + (numLayers > MAX_ARRAY ? "an array holds" : "a file of " + maxChars + " characters can hold"));
        }
        float learningRate = nonNegativeKey("learning_rate");
        float connectionRate = floatKey("connection_rate");
        if (!(connectionRate > 0 && connectionRate <= 1)) {
            throw in.error("connection_rate is " + connectionRate + "; expected a number in (0, 1]");
        }
        NetworkType type = NetworkType.fromFannId(enumKey("network_type", "layer", "shortcut"));
        FannParameters parameters = parameters(learningRate);
        int[] layerSizes = layerSizes(numLayers, type, numLayersLine);
        Optional<ScaleParameters> scale = version.hasScale() ? scale(layerSizes, type) : Optional.empty();
        return new FannNet(network(type, connectionRate, layerSizes), parameters, scale);
    }

    private FannParameters parameters(float learningRate) throws IOException {
        // Ranges are what libfann can make sense of, not what zen's trainers demand: a file may hold
        // settings its algorithm never reads (a learning rate of 0 under RPROP), and libfann writes them.
        float momentum = nonNegativeKey("learning_momentum");
        int algorithm = enumKey("training_algorithm", "incremental", "batch", "RPROP", "Quickprop", "SARPROP");
        int errorFunction = enumKey("train_error_function", "linear", "tanh");
        int stopFunction = enumKey("train_stop_function", "MSE", "bit");
        float outputChange = nonNegativeKey("cascade_output_change_fraction");
        // a weight decay, negative in libfann's default (-0.0001)
        float decay = finiteKey("quickprop_decay");
        float mu = nonNegativeKey("quickprop_mu");
        float increase = nonNegativeKey("rprop_increase_factor");
        float decrease = nonNegativeKey("rprop_decrease_factor");
        float deltaMin = nonNegativeKey("rprop_delta_min");
        float deltaMax = nonNegativeKey("rprop_delta_max");
        float deltaZero = nonNegativeKey("rprop_delta_zero");
        int outputStagnation = intKey("cascade_output_stagnation_epochs");
        float candidateChange = nonNegativeKey("cascade_candidate_change_fraction");
        int candidateStagnation = intKey("cascade_candidate_stagnation_epochs");
        int maxOut = intKey("cascade_max_out_epochs");
        int minOut = intKey("cascade_min_out_epochs");
        int maxCand = intKey("cascade_max_cand_epochs");
        int minCand = intKey("cascade_min_cand_epochs");
        int groups = intKey("cascade_num_candidate_groups");
        float bitFailLimit = typeValueKey("bit_fail_limit");
        float candidateLimit = typeValueKey("cascade_candidate_limit");
        float weightMultiplier = typeValueKey("cascade_weight_multiplier");
        long functionCount = unsignedKey("cascade_activation_functions_count");
        checkListFits(functionCount, "cascade_activation_functions_count");
        in.expectKey("cascade_activation_functions");
        List<ActivationFunction> functions = new ArrayList<>();
        for (long i = 0; i < functionCount; i++) {
            String what = "cascade activation function " + (i + 1) + " of " + functionCount;
            functions.add(activation(unsigned(what), what));
        }
        long steepnessCount = unsignedKey("cascade_activation_steepnesses_count");
        checkListFits(steepnessCount, "cascade_activation_steepnesses_count");
        in.expectKey("cascade_activation_steepnesses");
        List<Float> steepnesses = new ArrayList<>();
        for (long i = 0; i < steepnessCount; i++) {
            // libfann loads a NaN or infinite one; a candidate given it outputs NaN, as a neuron would
            String what = "cascade activation steepness " + (i + 1) + " of " + steepnessCount;
            steepnesses.add(finite(typeValue(what), what));
        }
        return new FannParameters(learningRate, momentum, algorithm, errorFunction, stopFunction, outputChange, decay,
                mu, increase, decrease, deltaMin, deltaMax, deltaZero, outputStagnation, candidateChange,
                candidateStagnation, maxOut, minOut, maxCand, minCand, groups, bitFailLimit, candidateLimit,
                weightMultiplier, functions, steepnesses);
    }

    private int[] layerSizes(long numLayers, NetworkType type, int numLayersLine) throws IOException {
        in.expectKey("layer_sizes");
        int[] sizes = new int[GrowableArrays.initial(numLayers)];
        long total = 0;
        for (int l = 0; l < numLayers; l++) {
            long size = unsigned("size of layer " + l + " of " + numLayers + " (num_layers on line " + numLayersLine
                    + ")");
            long min = l == 0 || type == NetworkType.LAYER ? 2 : 1;
            if (size < min) {
                throw in.error("layer " + l + " has size " + size + "; it needs at least " + min
                        + " neurons counting its bias neuron");
            }
            total += size;
            if (total > MAX_ARRAY || total > maxChars / MIN_NEURON_CHARS) {
                throw in.error("layer_sizes declare at least " + total + " neurons, more than "
                        + (total > MAX_ARRAY ? "an array holds" : "a file of " + maxChars + " characters can hold"));
            }
            sizes = GrowableArrays.ensure(sizes, l);
            sizes[l] = (int) size;
        }
        return Arrays.copyOf(sizes, (int) numLayers);
    }

    private Optional<ScaleParameters> scale(int[] layerSizes, NetworkType type) throws IOException {
        long included = unsignedKey("scale_included");
        if (included > 1) {
            throw in.error("scale_included is " + included + "; expected 0 or 1");
        }
        if (included == 0) {
            return Optional.empty();
        }
        int numIn = layerSizes[0] - 1;
        int numOut = layerSizes[layerSizes.length - 1] - (type == NetworkType.LAYER ? 1 : 0);
        String[] keys = {"scale_mean_in", "scale_deviation_in", "scale_new_min_in", "scale_factor_in",
            "scale_mean_out", "scale_deviation_out", "scale_new_min_out", "scale_factor_out"};
        float[][] arrays = new float[keys.length][];
        for (int k = 0; k < keys.length; k++) {
            int n = k < 4 ? numIn : numOut;
            in.expectKey(keys[k]);
            float[] values = new float[GrowableArrays.initial(n)];
            for (int i = 0; i < n; i++) {
                String what = keys[k] + " value " + (i + 1) + " of " + n;
                // A deviation of 0 loads: libfann saves one for a column that was constant in the data it
                // scaled by; a factor of 0 too: libfann saves one for a new minimum equal to the new maximum.
                // ScaleParameters refuses to scale by either, and to descale by a factor of 0.
                float value = finite(number(what), what);
                values = GrowableArrays.ensure(values, i);
                values[i] = value;
            }
            arrays[k] = Arrays.copyOf(values, n);
        }
        return Optional.of(new ScaleParameters(arrays[0], arrays[1], arrays[2], arrays[3], arrays[4], arrays[5],
                arrays[6], arrays[7]));
    }

    private Network network(NetworkType type, float connectionRate, int[] layerSizes) throws IOException {
        int total = Arrays.stream(layerSizes).sum();
        in.expectKey("neurons (num_inputs, activation_function, activation_steepness)");
        in.tuples();
        int[] counts = new int[GrowableArrays.initial(total)];
        ActivationFunction[] functions = new ActivationFunction[GrowableArrays.initial(total)];
        float[] steepness = new float[GrowableArrays.initial(total)];
        long connections = 0;
        for (int n = 0; n < total; n++) {
            String what = "neuron " + n + " of " + total;
            in.expect('(', "to start " + what + " (num_inputs, activation_function, activation_steepness)");
            long count = unsigned("the number of inputs of " + what);
            if (n < layerSizes[0] && count != 0) {
                throw in.error(what + " is in the input layer but declares " + count + " inputs; expected 0");
            }
            in.expect(',', "after the number of inputs of " + what);
            String ofFunction = "the activation function of " + what;
            ActivationFunction f = activation(unsigned(ofFunction), ofFunction);
            in.expect(',', "after the activation function of " + what);
            String ofSteepness = "the activation steepness of " + what;
            float s = finite(typeValue(ofSteepness), ofSteepness);
            in.expect(')', "to end " + what);
            connections += count;
            if (connections > MAX_ARRAY || connections > maxChars / MIN_CONNECTION_CHARS) {
                throw in.error("the neurons declare at least " + connections + " connections, more than "
                        + (connections > MAX_ARRAY ? "an array holds" : "a file of " + maxChars
                                + " characters can hold"));
            }
            counts = GrowableArrays.ensure(counts, n);
            steepness = GrowableArrays.ensure(steepness, n);
            functions = GrowableArrays.ensure(functions, n);
            counts[n] = (int) count;
            functions[n] = f;
            steepness[n] = s;
        }
        counts = Arrays.copyOf(counts, total);
        steepness = Arrays.copyOf(steepness, total);
        functions = Arrays.copyOf(functions, total);
        int[] layerOf = layerStarts(layerSizes);
        in.expectKey("connections (connected_to_neuron, weight)");
        int[] sources = new int[GrowableArrays.initial(connections)];
        float[] weights = new float[GrowableArrays.initial(connections)];
        int c = 0;
        for (int n = 0; n < total; n++) {
            int layer = layerIndex(layerOf, n);
            for (int i = 0; i < counts[n]; i++, c++) {
                String what = "connection " + c + " of " + connections + " (input " + i + " of neuron " + n + ")";
                in.expect('(', "to start " + what + " (connected_to_neuron, weight)");
                long source = unsigned("the source neuron of " + what);
                if (source >= total) {
                    throw in.error(what + " comes from neuron " + source + ", which does not exist; the network has "
                            + total + " neurons (0 to " + (total - 1) + ")");
                }
                if (source >= layerOf[layer]) {
                    throw in.error(what + " comes from neuron " + source + ", which is not in an earlier layer than"
                            + " neuron " + n + " (layer " + layer + " starts at neuron " + layerOf[layer] + ")");
                }
                in.expect(',', "after the source neuron of " + what);
                // libfann writes NaN or infinite weights only after training diverged; such a network
                // outputs NaN, which no bit-fail count notices
                String ofWeight = "the weight of " + what;
                float w = finite(typeValue(ofWeight), ofWeight);
                in.expect(')', "to end " + what);
                sources = GrowableArrays.ensure(sources, c);
                weights = GrowableArrays.ensure(weights, c);
                sources[c] = (int) source;
                weights[c] = w;
            }
        }
        if (!in.atEnd()) {
            throw in.error("expected the end of the file after the last of " + connections + " connections but found '"
                    + in.rest() + "'");
        }
        Topology topology = Topology.of(type, connectionRate, layerSizes, functions, steepness, counts,
                Arrays.copyOf(sources, c));
        return Network.of(topology, Arrays.copyOf(weights, c));
    }

    private static int[] layerStarts(int[] sizes) {
        int[] starts = new int[sizes.length + 1];
        for (int l = 0; l < sizes.length; l++) {
            starts[l + 1] = starts[l] + sizes[l];
        }
        return starts;
    }

    private static int layerIndex(int[] starts, int neuron) {
        int l = 0;
        while (neuron >= starts[l + 1]) {
            l++;
        }
        return l;
    }

    private void checkListFits(long count, String key) {
        if (count > maxChars / 2) {
            throw in.error(key + " is " + count + ", more than a file of " + maxChars + " characters can hold");
        }
    }

    /** The function of FANN id {@code id}; {@code what} names the value in the error if it is none. */
    private ActivationFunction activation(long id, String what) {
        try {
            if (id > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("FANN activation function id " + id + " does not exist");
            }
            return ActivationFunction.fromFannId((int) id);
        } catch (IllegalArgumentException e) {
            throw in.error(what + ": " + e.getMessage());
        }
    }

    private long unsignedKey(String key) throws IOException {
        in.expectKey(key);
        return unsigned(key);
    }

    private float floatKey(String key) throws IOException {
        in.expectKey(key);
        return number(key);
    }

    private float finiteKey(String key) throws IOException {
        return finite(floatKey(key), key);
    }

    /** A rate, factor, step size or limit, which libfann only uses as a magnitude. */
    private float nonNegativeKey(String key) throws IOException {
        return nonNegative(floatKey(key), key);
    }

    private float finite(float value, String what) {
        if (!Float.isFinite(value)) {
            throw in.error(what + " is " + value + "; expected a finite number");
        }
        return value;
    }

    private float nonNegative(float value, String key) {
        if (!(value >= 0 && Float.isFinite(value))) {
            throw in.error(key + " is " + value + "; expected a finite number >= 0");
        }
        return value;
    }

    /** An unsigned count, which must fit the int it is kept in rather than wrap to a negative one. */
    private int intKey(String key) throws IOException {
        long value = unsignedKey(key);
        if (value > Integer.MAX_VALUE) {
            throw in.error(key + " is " + value + "; expected 0 to " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    /** One of libfann's enum ids, {@code names} in id order. */
    private int enumKey(String key, String... names) throws IOException {
        long id = unsignedKey(key);
        if (id >= names.length) {
            StringBuilder allowed = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                allowed.append(i == 0 ? "" : i == names.length - 1 ? " or " : ", ")
                        .append(i).append(" (").append(names[i]).append(')');
            }
            throw in.error(key + " is " + id + "; expected " + allowed);
        }
        return (int) id;
    }

    /**
     * A setting stored as fann_type: a float in FLO files, a scaled integer in FIX files. The three
     * there are, limits and a multiplier, are all magnitudes, so it must be {@code >= 0}.
     */
    private float typeValueKey(String key) throws IOException {
        in.expectKey(key);
        return nonNegative(typeValue(key), key);
    }

    private float typeValue(String what) throws IOException {
        if (!version.fixed()) {
            return number(what);
        }
        return fixed(what);
    }

    private float fixed(String what) throws IOException {
        String token = required(what);
        try {
            return Math.scalb((float) CNumber.parseInt(token), -decimalPoint);
        } catch (NumberFormatException e) {
            throw in.error("expected " + what + " as an integer (fixed point, decimal_point=" + decimalPoint
                    + ") but found '" + in.shown() + "'");
        }
    }

    private long unsigned(String what) throws IOException {
        String token = required(what);
        try {
            return CNumber.parseUnsigned(token);
        } catch (NumberFormatException e) {
            throw in.error("expected " + what + " as an unsigned integer but found '" + in.shown() + "'");
        }
    }

    private float number(String what) throws IOException {
        String token = required(what);
        try {
            return CFloat.parse(token);
        } catch (NumberFormatException e) {
            throw in.error("expected " + what + " as a number but found '" + in.shown() + "'");
        }
    }

    private String required(String what) throws IOException {
        String token = in.token();
        if (token == null) {
            throw in.error("unexpected end of file; expected " + what);
        }
        if (token.isEmpty()) {
            throw in.error("expected " + what + " but found punctuation");
        }
        return token;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
