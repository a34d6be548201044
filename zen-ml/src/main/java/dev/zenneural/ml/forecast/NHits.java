package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.BasisBlock;
import dev.zenneural.ml.nn.DoublyResidual;
import dev.zenneural.ml.nn.FixedLinear;
import dev.zenneural.ml.nn.Interpolation;
import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.MaxPool;
import dev.zenneural.ml.nn.Mlps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * neuralforecast's {@code NHITS} (Challu et al., 2023): N-BEATS's doubly residual stack of MLP
 * blocks where block {@code i} of stack {@code s} reads its input max-pooled by
 * {@code nPoolKernelSize[s]} and forecasts {@code h / nFreqDownsample[s]} knots that are linearly
 * interpolated to the horizon, so that stacks specialise in slow and fast patterns. Backcasts are
 * the identity basis.
 *
 * @param settings the shared window settings (alias default {@code NHITS}; {@code numLrDecays} 3)
 * @param nBlocks blocks per stack; default {1, 1, 1}
 * @param nPoolKernelSize pooling kernel per stack; default {2, 2, 1}
 * @param nFreqDownsample forecast downsampling per stack; default {4, 2, 1}
 * @param hiddenSize units of each block's hidden layers; default 512
 * @param mlpLayers hidden layers per block; default 2
 */
public record NHits(WindowSettings settings, int[] nBlocks, int[] nPoolKernelSize, int[] nFreqDownsample,
        int hiddenSize, int mlpLayers) implements ForecastModel {

    /** Validates the stack settings. */
    public NHits {
        settings.requireNoExogenous();
        nBlocks = nBlocks.clone();
        nPoolKernelSize = nPoolKernelSize.clone();
        nFreqDownsample = nFreqDownsample.clone();
        if (nBlocks.length == 0 || nPoolKernelSize.length != nBlocks.length || nFreqDownsample.length != nBlocks.length) {
            throw new IllegalArgumentException("nBlocks, nPoolKernelSize and nFreqDownsample need one value per stack,"
                    + " got " + nBlocks.length + ", " + nPoolKernelSize.length + " and " + nFreqDownsample.length);
        }
        for (int s = 0; s < nBlocks.length; s++) {
            if (nBlocks[s] < 1 || nPoolKernelSize[s] < 1 || nFreqDownsample[s] < 1) {
                throw new IllegalArgumentException("stack " + s + ": nBlocks, nPoolKernelSize and nFreqDownsample"
                        + " must be >= 1");
            }
        }
        if (hiddenSize < 1 || mlpLayers < 1) {
            throw new IllegalArgumentException("hiddenSize and mlpLayers must be >= 1");
        }
    }

    /** A copy of the blocks per stack. */
    @Override
    public int[] nBlocks() {
        return nBlocks.clone();
    }

    /** A copy of the pooling kernels per stack. */
    @Override
    public int[] nPoolKernelSize() {
        return nPoolKernelSize.clone();
    }

    /** A copy of the downsampling factors per stack. */
    @Override
    public int[] nFreqDownsample() {
        return nFreqDownsample.clone();
    }

    /** A builder with neuralforecast's defaults for horizon {@code h}. */
    public static Builder builder(int h) {
        return new Builder(h);
    }

    @Override
    public Layer newNetwork(SplittableRandom random) {
        int in = settings.inputSize();
        int h = settings.h();
        int k = settings.loss().outputsPerStep();
        List<Layer> blocks = new ArrayList<>();
        for (int s = 0; s < nBlocks.length; s++) {
            int knots = Math.max(h / nFreqDownsample[s], 1);
            for (int b = 0; b < nBlocks[s]; b++) {
                MaxPool pool = new MaxPool(in, nPoolKernelSize[s]);
                Layer trunk = Mlps.reluMlp(pool, pool.outputSize(), hiddenSize, mlpLayers, in + knots * k, random);
                Layer forecast = new FixedLinear(knots * k, h * k, Interpolation.linear(knots, h, k));
                blocks.add(new BasisBlock(trunk, Mlps.identity(in), forecast));
            }
        }
        return new DoublyResidual(blocks, in, h * k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NHits n && settings.equals(n.settings) && Arrays.equals(nBlocks, n.nBlocks)
                && Arrays.equals(nPoolKernelSize, n.nPoolKernelSize) && Arrays.equals(nFreqDownsample, n.nFreqDownsample)
                && hiddenSize == n.hiddenSize && mlpLayers == n.mlpLayers;
    }

    @Override
    public int hashCode() {
        return settings.hashCode() * 31 + Arrays.hashCode(nPoolKernelSize) + Arrays.hashCode(nFreqDownsample);
    }

    @Override
    public String toString() {
        return "NHits[" + settings.alias() + ", h=" + settings.h() + ", pool " + Arrays.toString(nPoolKernelSize)
                + ", downsample " + Arrays.toString(nFreqDownsample) + ", hidden " + hiddenSize + "]";
    }

    /** {@link NHits}'s settings, neuralforecast's defaults until set. */
    public static final class Builder extends WindowModelBuilder<Builder> {

        private int[] nBlocks = {1, 1, 1};
        private int[] nPoolKernelSize = {2, 2, 1};
        private int[] nFreqDownsample = {4, 2, 1};
        private int hiddenSize = 512;
        private int mlpLayers = 2;

        private Builder(int h) {
            super("NHITS", h);
            numLrDecays(3);
        }

        public Builder nBlocks(int... value) {
            this.nBlocks = value.clone();
            return this;
        }

        public Builder nPoolKernelSize(int... value) {
            this.nPoolKernelSize = value.clone();
            return this;
        }

        public Builder nFreqDownsample(int... value) {
            this.nFreqDownsample = value.clone();
            return this;
        }

        public Builder hiddenSize(int value) {
            this.hiddenSize = value;
            return this;
        }

        public Builder mlpLayers(int value) {
            this.mlpLayers = value;
            return this;
        }

        /**
         * The model.
         *
         * @throws IllegalArgumentException naming the first setting out of range
         */
        @Override
        public NHits build() {
            return new NHits(settings(), nBlocks, nPoolKernelSize, nFreqDownsample, hiddenSize, mlpLayers);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
