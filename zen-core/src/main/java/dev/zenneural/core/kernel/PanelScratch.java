package dev.zenneural.core.kernel;

/**
 * One thread's scratch for a register-blocked product: its packed R and L panels, grown to the
 * largest shape the thread has seen, and an edge tile of one register block.
 */
final class PanelScratch {

    private float[] rPanel = new float[0];
    private float[] lPanel = new float[0];
    /** One register block; rows and columns past an edge hold whatever the last product left. */
    final float[] tile;

    PanelScratch(int tileSize) {
        tile = new float[tileSize];
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
}
