package dev.zenneural.core.nn.network;

/** How FANN wires a network; the ids are FANN's {@code network_type} values. */
public enum NetworkType {

    /**
     * Each layer but the output layer ends in a bias neuron; a neuron takes input from neurons of the
     * previous layer only, bias included. FANN also gives the output layer a bias neuron, which
     * nothing reads.
     */
    LAYER(0),

    /**
     * Only the input layer has a bias neuron; each neuron takes input from every neuron of all
     * earlier layers.
     */
    SHORTCUT(1);

    private final int fannId;

    NetworkType(int fannId) {
        this.fannId = fannId;
    }

    /** FANN's {@code network_type} number. */
    public int fannId() {
        return fannId;
    }

    /**
     * The type with FANN id {@code id}.
     *
     * @throws IllegalArgumentException if FANN has no such type
     */
    public static NetworkType fromFannId(int id) {
        for (NetworkType t : values()) {
            if (t.fannId == id) {
                return t;
            }
        }
        throw new IllegalArgumentException("FANN network type " + id + " does not exist; expected 0 (layer) or 1"
                + " (shortcut)");
    }
}
