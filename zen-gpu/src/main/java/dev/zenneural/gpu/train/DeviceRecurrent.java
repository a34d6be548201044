package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.RecurrentBlock;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.List;

/**
 * A recurrent layer on the device, trained by backpropagation through time as zen-ml's {@code
 * Recurrent}: its four parameter arrays (with gradients and Adam's moments), and for up to {@code
 * rows} rows what backward needs of every step (see {@code recurrent.cl} for the layouts).
 *
 * <p>Forward: one product for every step's input at once (the rows' steps are rows of one matrix),
 * then per step the recurrent product and one cell kernel. Backward, from the last step to the
 * first: one cell kernel, the recurrent weights' gradient product, the recurrent bias's column sums
 * and the product that carries the gradient to the step before; then, once, the input weights'
 * gradient, the input bias's sums and, where asked, the gradient of the layer's input. The device's
 * products have no offsets, so each step's states and products are buffers of their own.
 */
final class DeviceRecurrent implements DeviceStackLayer {

    private final RecurrentBlock shape;
    private final int cell;
    private final int steps;
    private final int hidden;
    private final int features;
    private final int g;
    private final RecurrentKernels cells;
    private final DeviceParameter inputWeight;
    private final DeviceParameter recurrentWeight;
    private final DeviceParameter inputBias;
    private final DeviceParameter recurrentBias;
    /** Every step's input product, {@code (rows * steps) x g}, and its gradient. */
    private final DeviceBuffer xg;
    private final DeviceBuffer dxg;
    /** Per step: the recurrent product and the gate values, {@code rows x g}. */
    private final DeviceBuffer[] hg;
    private final DeviceBuffer[] gate;
    /** States 0 (zeros) to steps, {@code rows x hidden}; the cell states for LSTM only (else null). */
    private final DeviceBuffer[] h;
    private final DeviceBuffer[] c;
    /** Every step's hidden state in the output's layout, where every step goes out (else null). */
    private final DeviceBuffer seq;
    private final DeviceBuffer grad;
    private final DeviceBuffer dh;
    private final DeviceBuffer dc;
    private final DeviceBuffer dhg;

    /**
     * Uploads {@code block}'s parameters and allocates the rest, registered in {@code owner}.
     *
     * @throws IllegalArgumentException if a step matrix for {@code rows} rows does not fit one buffer
     */
    DeviceRecurrent(DeviceContext context, ClResources owner, RecurrentBlock block, int rows) {
        this.shape = block;
        this.cell = RecurrentKernels.code(block.cell());
        this.steps = block.steps();
        this.hidden = block.hidden();
        this.features = block.features();
        this.g = block.gateRows();
        long widest = (long) rows * steps * Math.max(g, Math.max(features, hidden));
        if (widest > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(rows + " rows of a " + block.cell() + " layer over " + steps
                    + " steps need " + widest + " values in one device buffer, more than it holds");
        }
        this.cells = new RecurrentKernels(context, owner);
        this.inputWeight = DeviceParameter.upload(context, owner, block.inputWeight());
        this.recurrentWeight = DeviceParameter.upload(context, owner, block.recurrentWeight());
        this.inputBias = DeviceParameter.upload(context, owner, block.inputBias());
        this.recurrentBias = DeviceParameter.upload(context, owner, block.recurrentBias());
        this.xg = owner.add(context.allocate(rows * steps * g));
        this.dxg = owner.add(context.allocate(rows * steps * g));
        this.hg = new DeviceBuffer[steps];
        this.gate = new DeviceBuffer[steps];
        for (int t = 0; t < steps; t++) {
            hg[t] = owner.add(context.allocate(rows * g));
            gate[t] = owner.add(context.allocate(rows * g));
        }
        this.h = states(context, owner, rows);
        this.c = block.cell() == RecurrentBlock.Cell.LSTM ? states(context, owner, rows) : null;
        this.seq = block.everyStep() ? owner.add(context.allocate(rows * steps * hidden)) : null;
        this.grad = owner.add(context.allocate(rows * block.out()));
        this.dh = owner.add(context.allocate(rows * hidden));
        this.dc = c != null ? owner.add(context.allocate(rows * hidden)) : null;
        this.dhg = owner.add(context.allocate(rows * g));
    }

    /** States 0 to steps; state 0 is zeros and stays so. */
    private DeviceBuffer[] states(DeviceContext context, ClResources owner, int rows) {
        DeviceBuffer[] states = new DeviceBuffer[steps + 1];
        states[0] = owner.add(context.allocate(rows * hidden));
        context.fill(states[0], 0f);
        for (int t = 1; t <= steps; t++) {
            states[t] = owner.add(context.allocate(rows * hidden));
        }
        return states;
    }

    @Override
    public DeviceBuffer values() {
        return seq != null ? seq : h[steps];
    }

    @Override
    public DeviceBuffer grad() {
        return grad;
    }

    @Override
    public List<DeviceParameter> parameters() {
        return List.of(inputWeight, recurrentWeight, inputBias, recurrentBias);
    }

    // Without a cell state (RNN, GRU) the kernels never touch c; another buffer stands in for it.
    private DeviceBuffer cellState(int t) {
        return c != null ? c[t] : h[t];
    }

    @Override
    public void forward(DenseKernels kernels, DeviceBuffer x, int rows) {
        kernels.gemm(false, true, rows * steps, g, features, x, features, inputWeight.value(), features, 0f, xg, g);
        for (int t = 0; t < steps; t++) {
            kernels.gemm(false, true, rows, g, hidden, h[t], hidden, recurrentWeight.value(), hidden, 0f, hg[t], g);
            cells.cellForward(kernels, cell, rows, steps, hidden, t, xg, hg[t], inputBias.value(),
                    recurrentBias.value(), gate[t], h[t], h[t + 1], cellState(t), cellState(t + 1), seq != null,
                    values());
        }
    }

    @Override
    public void backward(DenseKernels kernels, DeviceBuffer x, int rows, DeviceBuffer below) {
        boolean everyStep = seq != null;
        for (int t = steps - 1; t >= 0; t--) {
            boolean last = t == steps - 1;
            cells.cellBackward(kernels, cell, rows, steps, hidden, t, last, everyStep || last, grad,
                    everyStep ? steps * hidden : hidden, everyStep ? t * hidden : 0, hg[t], gate[t], h[t],
                    cellState(t), cellState(t + 1), dh, dc != null ? dc : dh, dxg, dhg);
            kernels.gemm(true, false, g, hidden, rows, dhg, g, h[t], hidden, last ? 0f : 1f, recurrentWeight.grad(),
                    hidden);
            kernels.columnSums(rows, g, dhg, recurrentBias.grad(), !last);
            if (t > 0) {
                kernels.gemm(false, false, rows, hidden, g, dhg, g, recurrentWeight.value(), hidden, 1f, dh, hidden);
            }
        }
        kernels.gemm(true, false, g, features, rows * steps, dxg, g, x, features, 0f, inputWeight.grad(), features);
        kernels.columnSums(rows * steps, g, dxg, inputBias.grad(), false);
        if (below != null) {
            kernels.gemm(false, false, rows * steps, features, g, dxg, g, inputWeight.value(), features, 0f, below,
                    features);
        }
    }

    /** The block with its current parameters, copied from the device. */
    @Override
    public RecurrentBlock read(DeviceContext context) {
        return new RecurrentBlock(shape.cell(), features, hidden, steps, shape.everyStep(), inputWeight.read(context),
                recurrentWeight.read(context), inputBias.read(context), recurrentBias.read(context));
    }
}
