// The element-wise kernels of training a stack of dense layers (y = x W^T + b, optionally ReLU) with
// Adam, as zen-ml's Linear, Relu and AdamOptimizer compute them, in float (the loss is loss.cl's);
// the matrix products are DeviceSgemm's, the bias gradients training.cl's column_sums, and the sums
// of the loss and of the squared gradients its sum_into. Matrices are row-major, one row per window:
// a block's values and gradients are rows x out.
//
// Java evaluates a * b + c as two roundings; contracting it into one fma would change the results.
#pragma OPENCL FP_CONTRACT OFF

// values holds X * W'; adds each column's bias and, where relu is set, clamps at 0 (Relu.forward).
__kernel void bias_relu(const int rows, const int count, __global float* restrict values,
        __global const float* restrict bias, const int relu)
{
    const int i = get_global_id(0);
    if (i < rows * count) {
        const float v = values[i] + bias[i % count];
        values[i] = relu && v < 0.0f ? 0.0f : v;
    }
}

// Sum.forward: y += x, another branch's output added to the net's.
__kernel void add_into(const int n, __global const float* restrict x, __global float* restrict y)
{
    const int i = get_global_id(0);
    if (i < n) {
        y[i] += x[i];
    }
}

// DoublyResidual.forward after one block's output y (rows x (in + out), backcast then forecast):
// next = residual - backcast where has_next is set, and the forecast part added to forecast (written
// where first is set).
__kernel void residual_forward(const int rows, const int in, const int out, __global const float* restrict residual,
        __global const float* restrict y, const int has_next, __global float* restrict next, const int first,
        __global float* restrict forecast)
{
    const int width = in + out;
    const int i = get_global_id(0);
    if (i >= rows * width) {
        return;
    }
    const int r = i / width;
    const int c = i - r * width;
    if (c < in) {
        if (has_next) {
            next[r * in + c] = residual[r * in + c] - y[i];
        }
    } else {
        const int at = r * out + c - in;
        forecast[at] = first ? y[i] : forecast[at] + y[i];
    }
}

// DoublyResidual.backward into one block: its output gradient is minus the gradient of the residual
// after it (backcast part) and the forecast's gradient (forecast part).
__kernel void residual_backward(const int rows, const int in, const int out,
        __global const float* restrict grad_residual, __global const float* restrict grad_forecast,
        __global float* restrict grad_y)
{
    const int width = in + out;
    const int i = get_global_id(0);
    if (i >= rows * width) {
        return;
    }
    const int r = i / width;
    const int c = i - r * width;
    grad_y[i] = c < in ? -grad_residual[r * in + c] : grad_forecast[r * out + c - in];
}

// MaxPool.forward: per row, the maximum of each window of size values (the last one possibly
// shorter) into values and its place in the row into argmax; the first maximum where several are.
__kernel void max_pool(const int rows, const int in, const int size, const int out,
        __global const float* restrict x, __global float* restrict values, __global int* restrict argmax)
{
    const int i = get_global_id(0);
    if (i >= rows * out) {
        return;
    }
    const int r = i / out;
    const int from = (i - r * out) * size;
    const int to = min(from + size, in);
    int best = from;
    for (int c = from + 1; c < to; c++) {
        if (x[r * in + c] > x[r * in + best]) {
            best = c;
        }
    }
    values[i] = x[r * in + best];
    argmax[i] = best;
}

// MaxPool.backward: each input gets its window's gradient where it was the maximum, else 0 (the
// windows do not overlap, so no input gets two).
__kernel void max_pool_backward(const int rows, const int in, const int size, const int out,
        __global const int* restrict argmax, __global const float* restrict grad, __global float* restrict below)
{
    const int i = get_global_id(0);
    if (i >= rows * in) {
        return;
    }
    const int r = i / in;
    const int c = i - r * in;
    const int window = r * out + c / size;
    below[i] = argmax[window] == c ? grad[window] : 0.0f;
}

// Relu.backward: the gradient passes where the ReLU's input was positive, that is where its output is.
__kernel void relu_backward(const int n, __global const float* restrict values, __global float* restrict grad)
{
    const int i = get_global_id(0);
    if (i < n && !(values[i] > 0.0f)) {
        grad[i] = 0.0f;
    }
}

// AdamOptimizer.step on one parameter array: rate = lr / (1 - beta1^t) and root2 = sqrt(1 - beta2^t)
// from the host. Where max_norm > 0 and the joint gradient norm sqrt(scalars[1]) exceeds it, the
// gradient is first scaled by max_norm / (norm + 1e-6) (AdamOptimizer.clipGradNorm), so that the
// norm never travels to the host and back within a step.
__kernel void adam_descent(const int n, __global float* restrict weights, __global const float* restrict grads,
        __global float* restrict mean, __global float* restrict mean_square, const float beta1, const float beta2,
        const float rate, const float root2, const float eps, __global const float* restrict scalars,
        const float max_norm)
{
    const int i = get_global_id(0);
    if (i >= n) {
        return;
    }
    float g = grads[i];
    if (max_norm > 0.0f) {
        const float norm = sqrt(scalars[1]);
        if (norm > max_norm) {
            g *= max_norm / (norm + 1e-6f);
        }
    }
    mean[i] = beta1 * mean[i] + (1.0f - beta1) * g;
    mean_square[i] = beta2 * mean_square[i] + (1.0f - beta2) * g * g;
    weights[i] -= rate * mean[i] / (sqrt(mean_square[i]) / root2 + eps);
}
