// The cell kernels of training a recurrent layer (Elman RNN, GRU, LSTM) by backpropagation through
// time, as zen-ml's Recurrent computes them, in float; the matrix products are DeviceSgemm's and the
// bias gradients training.cl's column_sums (DeviceRecurrent launches them).
//
// Layouts. A row (window) holds steps x features inputs, step by step. The input product of every
// step is one matrix, xg: (rows * steps) x g, row r * steps + t, where g = gates * hidden and the
// gates are stacked as PyTorch stores them (RNN: one; GRU: reset, update, new; LSTM: input, forget,
// cell, output). Each step t has its own rows x g recurrent product hg_t and gate values gate_t, and
// its own rows x hidden states h_t and (LSTM) c_t, h_0 = c_0 = 0. The derivatives dxg of the input
// products share xg's layout; dhg, dh and dc hold one step's.
//
// One work-item per row and unit: (r, j), i = r * hidden + j.

// Java evaluates a * b + c as two roundings; contracting it into one fma would change the results.
#pragma OPENCL FP_CONTRACT OFF

#define CELL_RNN 0
#define CELL_GRU 1
#define CELL_LSTM 2

static float sigmoid_of(const float x)
{
    return 1.0f / (1.0f + exp(-x));
}

static int gates_of(const int cell)
{
    return cell == CELL_RNN ? 1 : cell == CELL_GRU ? 3 : 4;
}

// Step t forwards: adds the biases into the step's input and recurrent products (each element is
// one row's and gate's, so each is added once), computes the gates into gate_t and the state
// h_next (and c_next) from h_prev (and c_prev); where every_step is set, also writes h into the
// layer's output seq (rows x steps * hidden, step t's place in its row).
__kernel void cell_forward(const int cell, const int rows, const int steps, const int hidden, const int t,
        __global float* restrict xg, __global float* restrict hg_t, __global const float* restrict input_bias,
        __global const float* restrict recurrent_bias, __global float* restrict gate_t,
        __global const float* restrict h_prev, __global float* restrict h_next, __global const float* restrict c_prev,
        __global float* restrict c_next, const int every_step, __global float* restrict seq)
{
    const int i = get_global_id(0);
    if (i >= rows * hidden) {
        return;
    }
    const int n = hidden;
    const int r = i / n;
    const int j = i - r * n;
    const int gates = gates_of(cell);
    __global float* x = xg + (r * steps + t) * gates * n;
    __global float* u = hg_t + r * gates * n;
    __global float* gate = gate_t + r * gates * n;
    for (int q = 0; q < gates; q++) {
        x[q * n + j] += input_bias[q * n + j];
        u[q * n + j] += recurrent_bias[q * n + j];
    }
    float h;
    if (cell == CELL_RNN) {
        h = tanh(x[j] + u[j]);
        gate[j] = h;
    } else if (cell == CELL_GRU) {
        const float reset = sigmoid_of(x[j] + u[j]);
        const float update = sigmoid_of(x[n + j] + u[n + j]);
        const float candidate = tanh(x[2 * n + j] + reset * u[2 * n + j]);
        gate[j] = reset;
        gate[n + j] = update;
        gate[2 * n + j] = candidate;
        h = (1.0f - update) * candidate + update * h_prev[i];
    } else {
        const float in_gate = sigmoid_of(x[j] + u[j]);
        const float forget = sigmoid_of(x[n + j] + u[n + j]);
        const float cell_gate = tanh(x[2 * n + j] + u[2 * n + j]);
        const float out_gate = sigmoid_of(x[3 * n + j] + u[3 * n + j]);
        gate[j] = in_gate;
        gate[n + j] = forget;
        gate[2 * n + j] = cell_gate;
        gate[3 * n + j] = out_gate;
        const float state = forget * c_prev[i] + in_gate * cell_gate;
        c_next[i] = state;
        h = out_gate * tanh(state);
    }
    h_next[i] = h;
    if (every_step) {
        seq[r * steps * n + t * n + j] = h;
    }
}

// Step t backwards. The gradient reaching h_t is dh (what step t + 1 sent back; none where fresh is
// set, at the last step) plus, where has_grad is set, the layer's output gradient at
// grad[r * grad_stride + grad_offset + j]; dc likewise for LSTM's c_t. Writes the pre-activation
// gradients of the step's input product (into dxg, xg's layout) and recurrent product (dhg,
// rows x g), and leaves in dh and dc what reaches h_{t-1} and c_{t-1} other than through the
// recurrent product, which the host adds (dh += dhg * U).
__kernel void cell_backward(const int cell, const int rows, const int steps, const int hidden, const int t,
        const int fresh, const int has_grad, __global const float* restrict grad, const int grad_stride,
        const int grad_offset, __global const float* restrict hg_t, __global const float* restrict gate_t,
        __global const float* restrict h_prev, __global const float* restrict c_prev,
        __global const float* restrict c_next, __global float* restrict dh, __global float* restrict dc,
        __global float* restrict dxg, __global float* restrict dhg)
{
    const int i = get_global_id(0);
    if (i >= rows * hidden) {
        return;
    }
    const int n = hidden;
    const int r = i / n;
    const int j = i - r * n;
    const int gates = gates_of(cell);
    const float from_above = has_grad ? grad[r * grad_stride + grad_offset + j] : 0.0f;
    const float d = fresh ? from_above : dh[i] + from_above;
    __global const float* gate = gate_t + r * gates * n;
    __global float* dx = dxg + (r * steps + t) * gates * n;
    __global float* du = dhg + r * gates * n;
    if (cell == CELL_RNN) {
        const float v = gate[j];
        const float g = d * (1.0f - v * v);
        dx[j] = g;
        du[j] = g;
        dh[i] = 0.0f;
    } else if (cell == CELL_GRU) {
        const float reset = gate[j];
        const float update = gate[n + j];
        const float candidate = gate[2 * n + j];
        const float d_candidate = d * (1.0f - update) * (1.0f - candidate * candidate);
        const float d_update = d * (h_prev[i] - candidate) * update * (1.0f - update);
        const float d_reset = d_candidate * hg_t[r * gates * n + 2 * n + j] * reset * (1.0f - reset);
        dx[j] = d_reset;
        du[j] = d_reset;
        dx[n + j] = d_update;
        du[n + j] = d_update;
        dx[2 * n + j] = d_candidate;
        du[2 * n + j] = d_candidate * reset;
        dh[i] = d * update;
    } else {
        const float in_gate = gate[j];
        const float forget = gate[n + j];
        const float cell_gate = gate[2 * n + j];
        const float out_gate = gate[3 * n + j];
        const float tanh_c = tanh(c_next[i]);
        const float d_state = (fresh ? 0.0f : dc[i]) + d * out_gate * (1.0f - tanh_c * tanh_c);
        const float d_in = d_state * cell_gate * in_gate * (1.0f - in_gate);
        const float d_forget = d_state * c_prev[i] * forget * (1.0f - forget);
        const float d_cell = d_state * in_gate * (1.0f - cell_gate * cell_gate);
        const float d_out = d * tanh_c * out_gate * (1.0f - out_gate);
        dx[j] = d_in;
        dx[n + j] = d_forget;
        dx[2 * n + j] = d_cell;
        dx[3 * n + j] = d_out;
        du[j] = d_in;
        du[n + j] = d_forget;
        du[2 * n + j] = d_cell;
        du[3 * n + j] = d_out;
        dc[i] = d_state * forget;
        dh[i] = 0.0f;
    }
}
