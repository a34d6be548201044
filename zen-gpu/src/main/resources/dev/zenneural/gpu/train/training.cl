// The element-wise kernels and reductions of training a dense network on the device; the matrix
// products are DeviceSgemm's (the tuned xgemm.cl, or sgemm.cl where it cannot run). Every formula
// is zen-core's (ActivationFunction, ErrorAccumulator, ErrorFunction, Rprop, SgdMomentum, Adam), in
// float; the host passes what zen-core computes once per call in float or double (clamp bounds,
// rates) as arguments, so it is rounded as there.
//
// Matrices are row-major, one row per pair: a layer's sums, values and errors are rows x count.
// A layer's parameters are count x k, FANN's weights of the layer in FANN's order: row j holds
// neuron j's weights from the k - 1 source neurons, then its bias weight (the bias neuron is the
// last source).
//
// The host passes the activation codes as -DACT_<NAME>=<code> (DeviceActivation) and the
// work-group size of the reductions as -DWG=<size>, a power of two.

// Java evaluates a * b + c as two roundings; contracting it into one fma would change the results.
#pragma OPENCL FP_CONTRACT OFF

#ifndef WG
#define WG 64
#endif

#define ERRORFUNC_LINEAR 0
#define ERRORFUNC_TANH 1

// FANN's stepwise sigmoids (zen-core's Stepwise): six breakpoints, linear between them, flat
// outside; the breakpoints and values are float values, written here to all their digits. zen-core
// interpolates in double, the device in float: a few float ulps apart.
__constant float SIGMOID_STEP_V[6] = {-2.64665246009826660156f, -1.47221946716308593750f,
        -5.49306154251098632812e-01f, 5.49306154251098632812e-01f, 1.47221934795379638672f, 2.64665293693542480469f};
__constant float SIGMOID_STEP_R[6] = {4.99999988824129104614e-03f, 5.00000007450580596924e-02f, 0.25f, 0.75f,
        9.49999988079071044922e-01f, 9.95000004768371582031e-01f};
__constant float SYMMETRIC_STEP_V[6] = {-2.64665293693542480469f, -1.47221934795379638672f,
        -5.49306154251098632812e-01f, 5.49306154251098632812e-01f, 1.47221934795379638672f, 2.64665293693542480469f};
__constant float SYMMETRIC_STEP_R[6] = {-9.90000009536743164062e-01f, -8.99999976158142089844e-01f, -0.5f, 0.5f,
        8.99999976158142089844e-01f, 9.90000009536743164062e-01f};

// The comparisons nest in libfann's order (v[4] first), which sends a NaN sum to the upper bound.
float stepwise(const float s, __constant const float* v, __constant const float* r, const float lo, const float hi)
{
    int i;
    if (s < v[4]) {
        if (s < v[2]) {
            if (s < v[1]) {
                if (s < v[0]) {
                    return lo;
                }
                i = 0;
            } else {
                i = 1;
            }
        } else {
            i = s < v[3] ? 2 : 3;
        }
    } else {
        if (!(s < v[5])) {
            return hi;
        }
        i = 4;
    }
    return ((r[i + 1] - r[i]) * (s - v[i])) / (v[i + 1] - v[i]) + r[i];
}

// ActivationFunction.value of a steepened sum.
float activation_value(const int act, const float s)
{
    switch (act) {
    case ACT_LINEAR: return s;
    case ACT_SIGMOID: return 1.0f / (1.0f + exp(-2.0f * s));
    case ACT_SIGMOID_SYMMETRIC: return 2.0f / (1.0f + exp(-2.0f * s)) - 1.0f;
    case ACT_SIGMOID_STEPWISE: return stepwise(s, SIGMOID_STEP_V, SIGMOID_STEP_R, 0.0f, 1.0f);
    case ACT_SIGMOID_SYMMETRIC_STEPWISE: return stepwise(s, SYMMETRIC_STEP_V, SYMMETRIC_STEP_R, -1.0f, 1.0f);
    case ACT_ELLIOT: return (s / 2.0f) / (1.0f + fabs(s)) + 0.5f;
    case ACT_ELLIOT_SYMMETRIC: return s / (1.0f + fabs(s));
    case ACT_LINEAR_PIECE: return s < 0.0f ? 0.0f : s > 1.0f ? 1.0f : s;
    case ACT_LINEAR_PIECE_SYMMETRIC: return s < -1.0f ? -1.0f : s > 1.0f ? 1.0f : s;
    case ACT_RELU: return s < 0.0f ? 0.0f : s;
    case ACT_LEAKY_RELU: return s < 0.0f ? 0.01f * s : s;
    case ACT_TANH: return tanh(s);
    default: return NAN;
    }
}

// libfann's clip: a NaN passes through.
float clip(const float x, const float lo, const float hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

// ActivationFunction.derivative: from the steepness, the value and the steepened sum.
float activation_derivative(const int act, const float steepness, const float v, const float s)
{
    switch (act) {
    case ACT_LINEAR:
    case ACT_LINEAR_PIECE:
    case ACT_LINEAR_PIECE_SYMMETRIC:
        return steepness;
    // The stepwise sigmoids use the exact sigmoids' derivatives at their value, as libfann.
    case ACT_SIGMOID:
    case ACT_SIGMOID_STEPWISE: {
        const float c = clip(v, 0.01f, 0.99f);
        return 2.0f * steepness * c * (1.0f - c);
    }
    case ACT_SIGMOID_SYMMETRIC:
    case ACT_SIGMOID_SYMMETRIC_STEPWISE: {
        const float c = clip(v, -0.98f, 0.98f);
        return steepness * (1.0f - (c * c));
    }
    case ACT_ELLIOT: {
        const float d = 1.0f + fabs(s);
        return steepness * 1.0f / (2.0f * d * d);
    }
    case ACT_ELLIOT_SYMMETRIC: {
        const float d = 1.0f + fabs(s);
        return steepness * 1.0f / (d * d);
    }
    case ACT_RELU: return s > 0.0f ? steepness : 0.0f;
    case ACT_LEAKY_RELU: return v < 0.0f ? steepness * 0.01f : steepness;
    case ACT_TANH: return steepness * (1.0f - v * v);
    default: return NAN;
    }
}

// sums holds X * W' without the bias; adds each neuron's bias weight, steepens and clamps the sum
// to +-max_sum (ActivationFunction.steepenedSum, max_sum = 150 / steepness from the host), keeps
// it in sums for the derivative and writes the activation to values.
__kernel void bias_activation(const int rows, const int count, __global float* restrict sums,
        __global const float* restrict params, const int k, const int act, const float steepness,
        const float max_sum, __global float* restrict values)
{
    const int i = get_global_id(0);
    if (i >= rows * count) {
        return;
    }
    const int j = i % count;
    const float weighted = sums[i] + params[j * k + k - 1];
    float s = steepness * weighted;
    s = s > max_sum ? max_sum : s < -max_sum ? -max_sum : s;
    sums[i] = s;
    values[i] = activation_value(act, s);
}

// The output layer's errors, as ErrorAccumulator.add and DenseSlopeWorker do: the difference
// (halved for symmetric activations) is accounted in squared and fails, and its error-function
// value times the derivative is the error to backpropagate.
__kernel void output_errors(const int n, __global const float* restrict values,
        __global const float* restrict sums, __global const float* restrict targets, const int act,
        const float steepness, const int symmetric, const int error_function, const float bit_fail_limit,
        __global float* restrict errors, __global float* restrict squared, __global int* restrict fails)
{
    const int i = get_global_id(0);
    if (i >= n) {
        return;
    }
    float diff = targets[i] - values[i];
    if (symmetric) {
        diff /= 2.0f;
    }
    squared[i] = diff * diff;
    fails[i] = fabs(diff) >= bit_fail_limit ? 1 : 0;
    float e = diff;
    if (error_function == ERRORFUNC_TANH) {
        // ErrorFunction.TANH; 0.9999999f is the float boundary that Java's double comparison draws.
        e = diff < -0.9999999f ? -17.0f : diff > 0.9999999f ? 17.0f : log((1.0f + diff) / (1.0f - diff));
    }
    errors[i] = activation_derivative(act, steepness, values[i], sums[i]) * e;
}

// Rows order[first] to order[first + rows - 1] of src (cols wide) copied one after another to dst:
// a chunk of the epoch's pairs when they are shuffled.
__kernel void gather_rows(const int rows, const int cols, __global const int* restrict order, const int first,
        __global const float* restrict src, __global float* restrict dst)
{
    const int i = get_global_id(0);
    if (i < rows * cols) {
        const int r = i / cols;
        dst[i] = src[order[first + r] * cols + (i - r * cols)];
    }
}

// Adds the sums of squared and fails (n each) to totals_squared[0] and totals_fails[0]: one
// work-group of WG, so that the epoch's error stays on the device until the host asks once.
__kernel __attribute__((reqd_work_group_size(WG, 1, 1)))
void add_loss(const int n, __global const float* restrict squared, __global const int* restrict fails,
        __global float* restrict totals_squared, __global int* restrict totals_fails)
{
    __local float part[WG];
    __local int part_fails[WG];
    const int lid = get_local_id(0);
    float s = 0.0f;
    int f = 0;
    for (int i = lid; i < n; i += WG) {
        s += squared[i];
        f += fails[i];
    }
    part[lid] = s;
    part_fails[lid] = f;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int width = WG / 2; width > 0; width /= 2) {
        if (lid < width) {
            part[lid] += part[lid + width];
            part_fails[lid] += part_fails[lid + width];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        totals_squared[0] += part[0];
        totals_fails[0] += part_fails[0];
    }
}

// errors[i] *= the derivative of a hidden layer's activation at its value and steepened sum.
__kernel void derivative_times_error(const int n, __global const float* restrict values,
        __global const float* restrict sums, const int act, const float steepness, __global float* restrict errors)
{
    const int i = get_global_id(0);
    if (i < n) {
        errors[i] *= activation_derivative(act, steepness, values[i], sums[i]);
    }
}

// The sum of every work-item's s over the work-group (WG items), through part (WG floats of local
// memory); every item gets it.
float group_sum(__local float* part, const int lid, const float s)
{
    part[lid] = s;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int width = WG / 2; width > 0; width /= 2) {
        if (lid < width) {
            part[lid] += part[lid + width];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    return part[0];
}

// Column j of x (rows x cols) summed into out[out_offset + j * out_stride], added to what is
// there when accumulate is set: the bias slopes, which sit in the last column of the layer's
// count x k slopes. One work-group of WG per column.
__kernel __attribute__((reqd_work_group_size(WG, 1, 1)))
void column_sums(const int rows, const int cols, __global const float* restrict x, __global float* restrict out,
        const int out_offset, const int out_stride, const int accumulate)
{
    __local float part[WG];
    const int j = get_group_id(0);
    const int lid = get_local_id(0);
    float s = 0.0f;
    for (int r = lid; r < rows; r += WG) {
        s += x[r * cols + j];
    }
    const float total = group_sum(part, lid, s);
    if (lid == 0) {
        const int at = out_offset + j * out_stride;
        out[at] = accumulate ? out[at] + total : total;
    }
}

// out[at] = the sum of x[0 .. n) (of their squares where square is set), added to what is there
// when accumulate is set: a dense stack's loss, and its gradients' squared norm over all parameters.
// One work-group of WG.
__kernel __attribute__((reqd_work_group_size(WG, 1, 1)))
void sum_into(const int n, __global const float* restrict x, const int square, __global float* restrict out,
        const int at, const int accumulate)
{
    __local float part[WG];
    const int lid = get_local_id(0);
    float s = 0.0f;
    for (int i = lid; i < n; i += WG) {
        const float v = x[i];
        s += square ? v * v : v;
    }
    const float total = group_sum(part, lid, s);
    if (lid == 0) {
        out[at] = accumulate ? out[at] + total : total;
    }
}

// iRPROP- as zen-core's Rprop (libfann's fann_update_weights_irpropm), weights clamped to +-1500.
__kernel void rprop(const int n, __global float* restrict weights, __global const float* restrict slopes,
        __global float* restrict previous_steps, __global float* restrict previous_slopes,
        const float increase_factor, const float decrease_factor, const float delta_min, const float delta_max)
{
    const int i = get_global_id(0);
    if (i >= n) {
        return;
    }
    const float previous_step = fmax(previous_steps[i], 0.0001f);
    float slope = slopes[i];
    float step;
    if (previous_slopes[i] * slope >= 0.0f) {
        step = fmin(previous_step * increase_factor, delta_max);
    } else {
        step = fmax(previous_step * decrease_factor, delta_min);
        slope = 0.0f;
    }
    weights[i] = slope < 0.0f ? fmax(weights[i] - step, -1500.0f) : fmin(weights[i] + step, 1500.0f);
    previous_steps[i] = step;
    previous_slopes[i] = slope;
}

// SgdMomentum's step: rate is learningRate / batchPairs, computed by the host in float.
__kernel void sgd_momentum(const int n, __global float* restrict weights, __global const float* restrict slopes,
        __global float* restrict velocity, const float momentum, const float rate)
{
    const int i = get_global_id(0);
    if (i < n) {
        velocity[i] = momentum * velocity[i] + rate * slopes[i];
        weights[i] += velocity[i];
    }
}

// Adam's step: rate and eps are the bias-corrected ones the host computes in double (rounded to
// float here, where zen-core keeps the last step in double).
__kernel void adam(const int n, __global float* restrict weights, __global const float* restrict slopes,
        __global float* restrict mean, __global float* restrict mean_square, const float beta1, const float beta2,
        const float batch_pairs, const float rate, const float eps)
{
    const int i = get_global_id(0);
    if (i < n) {
        const float g = slopes[i] / batch_pairs;
        mean[i] = beta1 * mean[i] + (1.0f - beta1) * g;
        mean_square[i] = beta2 * mean_square[i] + (1.0f - beta2) * g * g;
        weights[i] += rate * mean[i] / (sqrt(mean_square[i]) + eps);
    }
}
