/**
 * Training whole dense networks on an OpenCL device: {@link dev.zenneural.gpu.OpenClBackend} implements
 * zen-core's {@link dev.zenneural.core.nn.train.DeviceTraining} with the runs of this package. The
 * weights, the pairs and the optimizer's state stay on the device; per epoch only the error comes
 * back. The kernels are {@code training.cl} (activations, errors, reductions, updates) and
 * {@link dev.zenneural.gpu.gemm.DeviceSgemm}'s (the products: the tuned {@code xgemm.cl}). zen-core's
 * dense stacks ({@link dev.zenneural.core.nn.stack.DenseStackTraining}) train with
 * {@link dev.zenneural.gpu.train.OpenClDenseStackRun}: {@code dense.cl} for dense layers, pooling,
 * the loss and Adam, {@code recurrent.cl} for the RNN, GRU and LSTM cells.
 */
package dev.zenneural.gpu.train;
