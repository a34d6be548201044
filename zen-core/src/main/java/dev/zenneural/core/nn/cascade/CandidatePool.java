package dev.zenneural.core.nn.cascade;

import dev.zenneural.core.concurrent.Futures;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.train.TrainingDivergedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;

/**
 * The candidate neurons of one round, trained together as libfann's {@code fann_train_candidates}:
 * one candidate per activation function, steepness and group, in that nesting order. Each reads
 * every source neuron and has a weight per output; its score is the residual sum of squared errors
 * minus what would remain if its activation, times those weights, were taken off the residuals
 * (libfann's cascade2 score: higher is better). Mutable; one thread drives it, and may hand
 * contiguous runs of candidates to an executor: candidates share nothing, so the result does not
 * depend on how many threads there are.
 */
final class CandidatePool {

    private final int numSources;
    private final int numOutputs;
    private final int stride;
    private final ActivationFunction[] activation;
    private final float[] steepness;
    /* candidate after candidate: numSources input weights, then numOutputs output weights */
    private final float[] weights;
    private final float[] slopes;
    private final float[] scores;
    private final SlopeStep step;
    private final ExecutorService executor;
    private final int threads;
    private int best;

    /**
     * A pool of fresh candidates for a network with {@code numSources} source neurons (bias
     * included) of which {@code numInputs} are inputs, and {@code numOutputs} outputs; with
     * {@code threads - 1} helper threads of {@code executor} (null for one thread).
     */
    CandidatePool(CascadeTrainer config, int numInputs, int numSources, int numOutputs, RandomGenerator random,
            ExecutorService executor, int threads) {
        List<ActivationFunction> functions = config.activationFunctions();
        float[] steepnesses = config.steepnesses();
        int count = functions.size() * steepnesses.length * config.candidateGroups();
        this.numSources = numSources;
        this.numOutputs = numOutputs;
        this.stride = numSources + numOutputs;
        this.activation = new ActivationFunction[count];
        this.steepness = new float[count];
        int c = 0;
        for (ActivationFunction f : functions) {
            for (float s : steepnesses) {
                for (int g = 0; g < config.candidateGroups(); g++, c++) {
                    activation[c] = f;
                    steepness[c] = s;
                }
            }
        }
        this.weights = new float[count * stride];
        this.slopes = new float[count * stride];
        this.scores = new float[count];
        this.step = SlopeStep.of(config.algorithm(), weights.length);
        this.executor = executor;
        this.threads = executor == null ? 1 : Math.max(1, Math.min(threads, count));
        initialize(numInputs, random);
    }

    /*
     * libfann's "semi Widrow + Nguyen" start: the scale grows with the neurons already there (libfann
     * counts the bias among the hidden ones), every weight in [0, scale] but the bias weight, which is
     * in [-scale, scale].
     */
    private void initialize(int numInputs, RandomGenerator random) {
        int hiddenAndBias = numSources - numInputs;
        float scale = (float) (2.0 * Math.pow(0.7f * (float) hiddenAndBias, 1.0f / (float) numInputs));
        scale = Math.min(8f, Math.max(0.5f, scale));
        for (int c = 0; c < scores.length; c++) {
            for (int i = 0; i < stride; i++) {
                float low = i == numInputs ? -scale : 0f;
                weights[c * stride + i] = low + (float) random.nextDouble() * (scale - low);
            }
        }
    }

    int size() {
        return scores.length;
    }

    /**
     * Trains the candidates until the best score stagnates, the maximum number of epochs, or the
     * best score passes the candidate limit (relative to {@code sse}); returns the epochs trained.
     */
    int train(CascadeTrainer config, float[] sourceValues, float[] residuals, int numPairs, float sse,
            int epochOffset) {
        Patience patience = new Patience(config.candidateChangeFraction(), config.candidateStagnationEpochs(),
                config.minCandEpochs(), config.maxCandEpochs());
        for (int i = 0; i < config.maxCandEpochs(); i++) {
            float bestScore = epoch(sourceValues, residuals, numPairs, sse, epochOffset + i + 1);
            if (bestScore / sse > config.candidateLimit() || patience.exhausted(i, bestScore)) {
                return i + 1;
            }
        }
        return config.maxCandEpochs();
    }

    /**
     * One candidate epoch: scores and slopes of every candidate over all pairs with the current
     * weights, then one update of all of them. Returns the best score, of the weights before the
     * update, as libfann does.
     *
     * @param sourceValues {@code numPairs * numSources} values
     * @param residuals {@code numPairs * numOutputs} remaining errors
     * @param sse the sum of squared residuals every score starts from
     */
    float epoch(float[] sourceValues, float[] residuals, int numPairs, float sse, int epochNumber) {
        Arrays.fill(scores, sse);
        List<Future<?>> others = new ArrayList<>(threads - 1);
        try {
            for (int t = 1; t < threads; t++) {
                int from = cut(t);
                int to = cut(t + 1);
                others.add(executor.submit(() -> accumulate(from, to, sourceValues, residuals, numPairs)));
            }
            accumulate(0, cut(1), sourceValues, residuals, numPairs);
        } finally {
            // no helper may outlive the epoch: the next one reuses the slopes
            others.forEach(Futures::join);
        }
        step.apply(weights, slopes, numPairs);
        best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        if (!Float.isFinite(scores[best])) {
            throw new TrainingDivergedException(epochNumber, "the best candidate score is " + scores[best]);
        }
        return scores[best];
    }

    private int cut(int shard) {
        return (int) ((long) scores.length * shard / threads);
    }

    /*
     * Candidates are independent, so taking them one at a time over all pairs sums every slope and
     * score in libfann's pair order while a candidate's weights stay in cache.
     */
    private void accumulate(int from, int to, float[] sourceValues, float[] residuals, int numPairs) {
        for (int c = from; c < to; c++) {
            for (int p = 0; p < numPairs; p++) {
                accumulate(c, sourceValues, p * numSources, residuals, p * numOutputs);
            }
        }
    }

    /*
     * libfann's fann_update_candidate_slopes for one pair. The sum is clamped before the steepness is
     * applied and the derivative gets that unsteepened sum: libfann does so for candidates only.
     * Slopes point uphill for the score (libfann subtracts the error's gradient).
     */
    private void accumulate(int c, float[] sourceValues, int valueOffset, float[] residuals, int residualOffset) {
        int w = c * stride;
        float sum = dot(weights, w, sourceValues, valueOffset, numSources);
        float s = steepness[c];
        float maxSum = 150 / s;
        sum = sum > maxSum ? maxSum : sum < -maxSum ? -maxSum : sum;
        ActivationFunction f = activation[c];
        float value = f.value(s * sum);
        float derived = f.derivative(s, value, sum);
        float errorValue = 0;
        float score = scores[c];
        int out = w + numSources;
        for (int o = 0; o < numOutputs; o++) {
            float diff = value * weights[out + o] - residuals[residualOffset + o];
            slopes[out + o] -= 2.0f * diff * value;
            errorValue += diff * weights[out + o];
            score -= diff * diff;
        }
        scores[c] = score;
        errorValue *= derived;
        for (int i = 0; i < numSources; i++) {
            slopes[w + i] -= errorValue * sourceValues[valueOffset + i];
        }
    }

    /*
     * libfann's unrolled sum, in its order: the count % 4 leading terms one by one from the highest,
     * then groups of four, each group summed before it is added (it also keeps four products in flight).
     */
    private static float dot(float[] w, int wOff, float[] v, int vOff, int count) {
        float sum = 0;
        int i = count & 3;
        for (int k = i - 1; k >= 0; k--) {
            sum += w[wOff + k] * v[vOff + k];
        }
        for (; i != count; i += 4) {
            sum += w[wOff + i] * v[vOff + i] + w[wOff + i + 1] * v[vOff + i + 1]
                    + w[wOff + i + 2] * v[vOff + i + 2] + w[wOff + i + 3] * v[vOff + i + 3];
        }
        return sum;
    }

    /** The activation function of the best candidate of the last epoch. */
    ActivationFunction bestActivation() {
        return activation[best];
    }

    float bestSteepness() {
        return steepness[best];
    }

    float bestScore() {
        return scores[best];
    }

    /** The best candidate's input weights, one per source neuron. */
    float[] bestInputWeights() {
        return Arrays.copyOfRange(weights, best * stride, best * stride + numSources);
    }

    /** The best candidate's output weights times {@code multiplier}, as libfann installs them. */
    float[] bestOutputWeights(float multiplier) {
        float[] out = new float[numOutputs];
        for (int o = 0; o < numOutputs; o++) {
            out[o] = weights[best * stride + numSources + o] * multiplier;
        }
        return out;
    }
}
