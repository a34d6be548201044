package dev.zenneural.ml.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * An N-BEATS / N-HiTS block: a trunk maps the input to expansion coefficients
 * {@code [theta_backcast, theta_forecast]}, and two bases expand them into the backcast (as long as
 * the input) and the forecast. Outputs {@code [backcast, forecast]}, as {@link DoublyResidual}
 * expects.
 */
public final class BasisBlock implements Layer {

    private final Layer trunk;
    private final Layer backcastBasis;
    private final Layer forecastBasis;
    private final int thetaB;
    private final int thetaF;
    private final List<Parameter> parameters;
    private float[] thetaBack;
    private float[] thetaFore;
    private float[] output;
    private float[] gradBack;
    private float[] gradFore;
    private float[] gradTheta;

    /**
     * A block whose {@code trunk} outputs {@code backcastBasis.inputSize() + forecastBasis.inputSize()}
     * coefficients.
     *
     * @throws IllegalArgumentException if the sizes do not fit together
     */
    public BasisBlock(Layer trunk, Layer backcastBasis, Layer forecastBasis) {
        this.thetaB = backcastBasis.inputSize();
        this.thetaF = forecastBasis.inputSize();
        if (trunk.outputSize() != thetaB + thetaF) {
            throw new IllegalArgumentException("the trunk outputs " + trunk.outputSize() + " coefficients; the bases"
                    + " take " + thetaB + " + " + thetaF);
        }
        if (backcastBasis.outputSize() != trunk.inputSize()) {
            throw new IllegalArgumentException("the backcast has " + backcastBasis.outputSize()
                    + " values; the block's input has " + trunk.inputSize());
        }
        this.trunk = trunk;
        this.backcastBasis = backcastBasis;
        this.forecastBasis = forecastBasis;
        List<Parameter> all = new ArrayList<>(trunk.parameters());
        all.addAll(backcastBasis.parameters());
        all.addAll(forecastBasis.parameters());
        this.parameters = List.copyOf(all);
    }

    /** The trunk: input to expansion coefficients. */
    Layer trunk() {
        return trunk;
    }

    /** The basis that expands the backcast's coefficients. */
    Layer backcastBasis() {
        return backcastBasis;
    }

    /** The basis that expands the forecast's coefficients. */
    Layer forecastBasis() {
        return forecastBasis;
    }

    @Override
    public int inputSize() {
        return trunk.inputSize();
    }

    @Override
    public int outputSize() {
        return backcastBasis.outputSize() + forecastBasis.outputSize();
    }

    @Override
    public float[] forward(float[] x, int rows) {
        float[] theta = trunk.forward(x, rows);
        int width = thetaB + thetaF;
        thetaBack = Buffers.atLeast(thetaBack, rows * thetaB);
        thetaFore = Buffers.atLeast(thetaFore, rows * thetaF);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(theta, r * width, thetaBack, r * thetaB, thetaB);
            System.arraycopy(theta, r * width + thetaB, thetaFore, r * thetaF, thetaF);
        }
        float[] back = backcastBasis.forward(thetaBack, rows);
        float[] fore = forecastBasis.forward(thetaFore, rows);
        int nb = backcastBasis.outputSize();
        int nf = forecastBasis.outputSize();
        output = Buffers.atLeast(output, rows * (nb + nf));
        for (int r = 0; r < rows; r++) {
            System.arraycopy(back, r * nb, output, r * (nb + nf), nb);
            System.arraycopy(fore, r * nf, output, r * (nb + nf) + nb, nf);
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        int nb = backcastBasis.outputSize();
        int nf = forecastBasis.outputSize();
        gradBack = Buffers.atLeast(gradBack, rows * nb);
        gradFore = Buffers.atLeast(gradFore, rows * nf);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(gradOutput, r * (nb + nf), gradBack, r * nb, nb);
            System.arraycopy(gradOutput, r * (nb + nf) + nb, gradFore, r * nf, nf);
        }
        float[] gb = backcastBasis.backward(gradBack, rows);
        float[] gf = forecastBasis.backward(gradFore, rows);
        int width = thetaB + thetaF;
        gradTheta = Buffers.atLeast(gradTheta, rows * width);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(gb, r * thetaB, gradTheta, r * width, thetaB);
            System.arraycopy(gf, r * thetaF, gradTheta, r * width + thetaB, thetaF);
        }
        return trunk.backward(gradTheta, rows);
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }
}
