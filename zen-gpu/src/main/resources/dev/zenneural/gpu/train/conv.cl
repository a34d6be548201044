// The kernels of a temporal convolutional network's layers on the device, as zen-ml's CausalConv
// and LastStep compute them, in float; the bias gradient is training.cl's column_sums and the ReLU
// dense.cl's relu_backward. A row is one window of steps x channels values, step by step.
//
// A convolution's weights are kernel_size taps of cout x cin, tap k at k * cout * cin, and
// y[t] = b + sum_k W_k x[t - k * dilation], with zeros before the row's start: a tap whose shift
// reaches past the row's start reads nothing.

// Java evaluates a * b + c as two roundings; contracting it into one fma would change the results.
#pragma OPENCL FP_CONTRACT OFF

// CausalConv.forward and, where relu is set, Relu.forward: one work-item per output value. As on
// the host, each tap's sum over the input channels is added to the bias in tap order.
__kernel void conv_forward(const int rows, const int steps, const int cin, const int cout, const int kernel_size,
        const int dilation, __global const float* restrict x, __global const float* restrict weight,
        __global const float* restrict bias, const int relu, __global float* restrict y)
{
    const int i = get_global_id(0);
    if (i >= rows * steps * cout) {
        return;
    }
    const int o = i % cout;
    const int rt = i / cout;
    const int t = rt % steps;
    float v = bias[o];
    for (int k = 0; k < kernel_size && k * dilation <= t; k++) {
        __global const float* w = weight + (k * cout + o) * cin;
        __global const float* source = x + (rt - k * dilation) * cin;
        float s = 0.0f;
        for (int c = 0; c < cin; c++) {
            s += w[c] * source[c];
        }
        v += s;
    }
    y[i] = relu && v < 0.0f ? 0.0f : v;
}

// CausalConv.backward's weight gradient: one work-item per weight (tap k, output o, input c), the
// sum over every row and step of the output's gradient times the input it read.
__kernel void conv_weight_grad(const int rows, const int steps, const int cin, const int cout,
        const int kernel_size, const int dilation, __global const float* restrict x,
        __global const float* restrict grad, __global float* restrict weight_grad)
{
    const int i = get_global_id(0);
    if (i >= kernel_size * cout * cin) {
        return;
    }
    const int c = i % cin;
    const int o = (i / cin) % cout;
    const int shift = (i / (cin * cout)) * dilation;
    float s = 0.0f;
    for (int r = 0; r < rows; r++) {
        for (int t = shift; t < steps; t++) {
            s += grad[(r * steps + t) * cout + o] * x[(r * steps + t - shift) * cin + c];
        }
    }
    weight_grad[i] = s;
}

// CausalConv.backward's input gradient: one work-item per input value (row, step t, channel c), the
// sum over the taps that read it (from step t + k * dilation) and the outputs they feed.
__kernel void conv_input_grad(const int rows, const int steps, const int cin, const int cout,
        const int kernel_size, const int dilation, __global const float* restrict weight,
        __global const float* restrict grad, __global float* restrict below)
{
    const int i = get_global_id(0);
    if (i >= rows * steps * cin) {
        return;
    }
    const int c = i % cin;
    const int rt = i / cin;
    const int t = rt % steps;
    float s = 0.0f;
    for (int k = 0; k < kernel_size && t + k * dilation < steps; k++) {
        __global const float* g = grad + (rt + k * dilation) * cout;
        for (int o = 0; o < cout; o++) {
            s += g[o] * weight[(k * cout + o) * cin + c];
        }
    }
    below[i] = s;
}

// LastStep.forward: each row's last step.
__kernel void last_step(const int rows, const int steps, const int channels, __global const float* restrict x,
        __global float* restrict y)
{
    const int i = get_global_id(0);
    if (i < rows * channels) {
        const int r = i / channels;
        y[i] = x[(r * steps + steps - 1) * channels + i - r * channels];
    }
}

// LastStep.backward: the gradient to the last step, 0 to the others.
__kernel void last_step_backward(const int rows, const int steps, const int channels,
        __global const float* restrict grad, __global float* restrict below)
{
    const int i = get_global_id(0);
    if (i >= rows * steps * channels) {
        return;
    }
    const int c = i % channels;
    const int rt = i / channels;
    const int r = rt / steps;
    below[i] = rt - r * steps == steps - 1 ? grad[r * channels + c] : 0.0f;
}
