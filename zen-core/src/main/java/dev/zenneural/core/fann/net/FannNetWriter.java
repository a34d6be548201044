package dev.zenneural.core.fann.net;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.Topology;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes {@code FANN_FLO_2.1} byte for byte as libfann 2.2's {@code fann_save} does: its keys in its
 * order, {@code %f}, {@code %u} and {@code %.20e} as its {@code fprintf} formats them, the trailing
 * space after each list entry, LF line ends.
 */
final class FannNetWriter {

    private final Writer out;
    private final StringBuilder line = new StringBuilder();

    private FannNetWriter(Writer out) {
        this.out = out;
    }

    static void write(FannNet net, Writer out) throws IOException {
        checkFannCompatible(net.network().topology());
        new FannNetWriter(out).write(net);
    }

    private void write(FannNet net) throws IOException {
        Network network = net.network();
        Topology t = network.topology();
        FannParameters p = net.parameters();
        emit(NetVersion.FLO_2_1.magic());
        emit("num_layers=" + t.numLayers());
        emit("learning_rate=" + CFormat.fixed6(p.learningRate()));
        emit("connection_rate=" + CFormat.fixed6(t.connectionRate()));
        emit("network_type=" + t.type().fannId());
        emit("learning_momentum=" + CFormat.fixed6(p.learningMomentum()));
        emit("training_algorithm=" + u(p.trainingAlgorithm()));
        emit("train_error_function=" + u(p.trainErrorFunction()));
        emit("train_stop_function=" + u(p.trainStopFunction()));
        emit("cascade_output_change_fraction=" + CFormat.fixed6(p.cascadeOutputChangeFraction()));
        emit("quickprop_decay=" + CFormat.fixed6(p.quickpropDecay()));
        emit("quickprop_mu=" + CFormat.fixed6(p.quickpropMu()));
        emit("rprop_increase_factor=" + CFormat.fixed6(p.rpropIncreaseFactor()));
        emit("rprop_decrease_factor=" + CFormat.fixed6(p.rpropDecreaseFactor()));
        emit("rprop_delta_min=" + CFormat.fixed6(p.rpropDeltaMin()));
        emit("rprop_delta_max=" + CFormat.fixed6(p.rpropDeltaMax()));
        emit("rprop_delta_zero=" + CFormat.fixed6(p.rpropDeltaZero()));
        emit("cascade_output_stagnation_epochs=" + u(p.cascadeOutputStagnationEpochs()));
        emit("cascade_candidate_change_fraction=" + CFormat.fixed6(p.cascadeCandidateChangeFraction()));
        emit("cascade_candidate_stagnation_epochs=" + u(p.cascadeCandidateStagnationEpochs()));
        emit("cascade_max_out_epochs=" + u(p.cascadeMaxOutEpochs()));
        emit("cascade_min_out_epochs=" + u(p.cascadeMinOutEpochs()));
        emit("cascade_max_cand_epochs=" + u(p.cascadeMaxCandEpochs()));
        emit("cascade_min_cand_epochs=" + u(p.cascadeMinCandEpochs()));
        emit("cascade_num_candidate_groups=" + u(p.cascadeNumCandidateGroups()));
        emit("bit_fail_limit=" + CFormat.exp20(p.bitFailLimit()));
        emit("cascade_candidate_limit=" + CFormat.exp20(p.cascadeCandidateLimit()));
        emit("cascade_weight_multiplier=" + CFormat.exp20(p.cascadeWeightMultiplier()));
        emit("cascade_activation_functions_count=" + p.cascadeActivationFunctions().size());
        line.setLength(0);
        line.append("cascade_activation_functions=");
        for (ActivationFunction f : p.cascadeActivationFunctions()) {
            line.append(f.fannId().orElseThrow()).append(' ');
        }
        flushLine();
        emit("cascade_activation_steepnesses_count=" + p.cascadeActivationSteepnesses().size());
        line.setLength(0);
        line.append("cascade_activation_steepnesses=");
        for (float s : p.cascadeActivationSteepnesses()) {
            line.append(CFormat.exp20(s)).append(' ');
        }
        flushLine();
        line.setLength(0);
        line.append("layer_sizes=");
        for (int l = 0; l < t.numLayers(); l++) {
            line.append(t.layerSize(l)).append(' ');
        }
        flushLine();
        writeScale(net);
        out.write("neurons (num_inputs, activation_function, activation_steepness)=");
        for (int n = 0; n < t.totalNeurons(); n++) {
            out.write("(" + t.connectionCount(n) + ", " + t.activation(n).fannId().orElseThrow() + ", "
                    + CFormat.exp20(t.steepness(n)) + ") ");
        }
        out.write('\n');
        out.write("connections (connected_to_neuron, weight)=");
        for (int c = 0; c < t.totalConnections(); c++) {
            out.write("(" + t.source(c) + ", " + CFormat.exp20(network.weight(c)) + ") ");
        }
        out.write('\n');
    }

    private void writeScale(FannNet net) throws IOException {
        if (net.scale().isEmpty()) {
            emit("scale_included=0");
            return;
        }
        emit("scale_included=1");
        String[] keys = {"scale_mean_in", "scale_deviation_in", "scale_new_min_in", "scale_factor_in",
            "scale_mean_out", "scale_deviation_out", "scale_new_min_out", "scale_factor_out"};
        float[][] arrays = net.scale().get().inFileOrder();
        for (int k = 0; k < keys.length; k++) {
            line.setLength(0);
            line.append(keys[k]).append('=');
            for (float v : arrays[k]) {
                line.append(CFormat.fixed6(v)).append(' ');
            }
            flushLine();
        }
    }

    /** libfann's %u of an unsigned int held in a Java int. */
    private static String u(int value) {
        return Integer.toUnsignedString(value);
    }

    private void emit(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }

    private void flushLine() throws IOException {
        line.append('\n');
        out.append(line);
    }

    /** Refuses what a FANN 2.2 file cannot hold, before anything is written. */
    static void checkFannCompatible(Topology t) {
        for (int n = 0; n < t.totalNeurons(); n++) {
            if (t.activation(n).fannId().isEmpty()) {
                throw new IllegalArgumentException("neuron " + n + " uses activation function " + t.activation(n)
                        + ", which FANN 2.2 does not have; a .net file cannot hold it");
            }
        }
    }
}
