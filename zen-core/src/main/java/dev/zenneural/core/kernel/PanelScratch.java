package dev.zenneural.core.kernel;

/**
 * One thread's scratch for the register-blocked products ({@code VectorProduct} and its
 * large-product paths, {@code WideProduct} and {@code PairedProduct}): packed R and L panels and an
 * edge tile, each grown to the largest a product on this thread has needed. The paths share it, as
 * one call never runs two of them, so a thread keeps one set of panels rather than one per path.
 */
final class PanelScratch {

    private static final ThreadLocal<PanelScratch> OF_THREAD = ThreadLocal.withInitial(PanelScratch::new);

    private float[] rPanel = new float[0];
    private float[] lPanel = new float[0];
    private float[] tile = new float[0];

    private PanelScratch() {
    }

    /** This thread's scratch. */
    static PanelScratch ofThread() {
        return OF_THREAD.get();
    }

    float[] rPanel(int size) {
        if (rPanel.length < size) {
            rPanel = new float[size];
        }
        return rPanel;
    }

    float[] lPanel(int size) {
        if (lPanel.length < size) {
            lPanel = new float[size];
        }
        return lPanel;
    }

    /** A register block's tile; values past an edge hold whatever the last product left. */
    float[] tile(int size) {
        if (tile.length < size) {
            tile = new float[size];
        }
        return tile;
    }
}
