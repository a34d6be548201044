// The training losses of a dense stack on the device, as zen-ml's losses (Mae, Mse, Huber, Smape,
// Mape, QuantileLoss) and its BatchLoss compute them, in float: one work-item per output writes the
// output's mask-weighted loss term (summed by training.cl's sum_into) and its gradient.
//
// Outputs are rows x width, k per target (one per quantile; 1 for the point losses), so output i
// belongs to target i / k and row i / width. Where mapped is set, output and target are first
// mapped by the row's x * scale + shift (BatchLoss: the series' own scale for sMAPE and MAPE, the
// seasonal-naive error's for MASE) and the gradient is carried back times scale.

// Java evaluates a * b + c as two roundings; contracting it into one fma would change the results.
#pragma OPENCL FP_CONTRACT OFF

#define LOSS_MAE 0
#define LOSS_MSE 1
#define LOSS_HUBER 2
#define LOSS_SMAPE 3
#define LOSS_MAPE 4
#define LOSS_QUANTILE 5

float sign_of(const float x)
{
    return x > 0.0f ? 1.0f : x < 0.0f ? -1.0f : 0.0f;
}

// inv_weight = 1 / (the mask's sum * k), 0 for an all-zero mask: the gradient of the mean.
__kernel void window_loss(const int n, const int k, const int width, __global const float* restrict output,
        __global const float* restrict target, __global const float* restrict mask, const int kind,
        const float delta, __global const float* restrict quantiles, const int mapped,
        __global const float* restrict scale, __global const float* restrict shift, const float inv_weight,
        __global float* restrict terms, __global float* restrict grad)
{
    const int i = get_global_id(0);
    if (i >= n) {
        return;
    }
    const int t = i / k;
    const int row = i / width;
    const float a = mapped ? scale[row] : 1.0f;
    const float f = mapped ? output[i] * a + shift[row] : output[i];
    const float y = mapped ? target[t] * a + shift[row] : target[t];
    const float w = mask[t];
    const float e = f - y;
    const float abs_e = fabs(e);
    float value;
    float d;
    if (kind == LOSS_MAE) {
        // sign(e), 0 at 0 as PyTorch's abs.
        value = abs_e;
        d = sign_of(e);
    } else if (kind == LOSS_MSE) {
        value = e * e;
        d = 2.0f * e;
    } else if (kind == LOSS_HUBER) {
        value = abs_e <= delta ? 0.5f * e * e : delta * (abs_e - 0.5f * delta);
        d = abs_e <= delta ? e : delta * sign_of(e);
    } else if (kind == LOSS_SMAPE) {
        const float denominator = fabs(y) + fabs(f);
        value = denominator == 0.0f ? 0.0f : 2.0f * abs_e / denominator;
        d = denominator == 0.0f ? 0.0f
                : 2.0f * (sign_of(e) * denominator - abs_e * sign_of(f)) / (denominator * denominator);
    } else if (kind == LOSS_MAPE) {
        value = y == 0.0f ? 0.0f : abs_e / fabs(y);
        d = y == 0.0f ? 0.0f : sign_of(e) / fabs(y);
    } else {
        // The pinball loss of u = y - f; where they agree the gradient is taken from below (1 - q).
        const float q = quantiles[i - t * k];
        const float u = -e;
        value = fmax(q * u, (q - 1.0f) * u);
        d = y > f ? -q : 1.0f - q;
    }
    terms[i] = w * value;
    grad[i] = w == 0.0f ? 0.0f : w * d * inv_weight * a;
}
