package dev.zenneural.ml.nn;

import java.util.List;

/**
 * Adam over a model's parameters, as PyTorch's {@code torch.optim.Adam} without weight decay (what
 * neuralforecast trains with): bias-corrected running means of the gradient and of its square. The
 * learning rate is given per step so that a schedule can change it.
 */
public final class AdamOptimizer {

    /** PyTorch's default decay of the gradient's running mean. */
    public static final float BETA1 = 0.9f;
    /** PyTorch's default decay of the squared gradient's running mean. */
    public static final float BETA2 = 0.999f;
    /** PyTorch's default epsilon. */
    public static final float EPSILON = 1e-8f;

    private final List<Parameter> parameters;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final float[][] mean;
    private final float[][] meanSquare;
    private int steps;

    /** An optimizer for {@code parameters} with the given decays and epsilon. */
    public AdamOptimizer(List<Parameter> parameters, float beta1, float beta2, float epsilon) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("betas must be in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
        this.parameters = List.copyOf(parameters);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.mean = new float[this.parameters.size()][];
        this.meanSquare = new float[this.parameters.size()][];
        for (int p = 0; p < this.parameters.size(); p++) {
            mean[p] = new float[this.parameters.get(p).size()];
            meanSquare[p] = new float[this.parameters.get(p).size()];
        }
    }

    /** PyTorch's defaults: betas 0.9 and 0.999, epsilon 1e-8. */
    public static AdamOptimizer of(List<Parameter> parameters) {
        return new AdamOptimizer(parameters, BETA1, BETA2, EPSILON);
    }

    /** Moves every parameter against its gradient by one Adam step of {@code learningRate}. */
    public void step(float learningRate) {
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        float rate = (float) (learningRate / correction1);
        float root2 = (float) Math.sqrt(correction2);
        for (int p = 0; p < parameters.size(); p++) {
            float[] w = parameters.get(p).value();
            float[] g = parameters.get(p).grad();
            float[] m = mean[p];
            float[] v = meanSquare[p];
            for (int i = 0; i < w.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                w[i] -= rate * m[i] / ((float) Math.sqrt(v[i]) / root2 + epsilon);
            }
        }
    }

    /** Clears every parameter's gradient. */
    public void zeroGrad() {
        for (Parameter p : parameters) {
            p.zeroGrad();
        }
    }

    /**
     * Scales all gradients together so that their joint L2 norm is at most {@code maxNorm}
     * ({@code torch.nn.utils.clip_grad_norm_}) and returns the norm before clipping.
     *
     * @throws IllegalStateException if a gradient is NaN or infinite, naming the parameter
     */
    public double clipGradNorm(double maxNorm) {
        double sum = 0;
        for (Parameter p : parameters) {
            double own = 0;
            for (float g : p.grad()) {
                own += (double) g * g;
            }
            if (!Double.isFinite(own)) {
                throw new IllegalStateException("the gradient of " + p.name() + " is not finite");
            }
            sum += own;
        }
        double norm = Math.sqrt(sum);
        if (norm > maxNorm) {
            float scale = (float) (maxNorm / (norm + 1e-6));
            for (Parameter p : parameters) {
                float[] g = p.grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] *= scale;
                }
            }
        }
        return norm;
    }
}
