/**
 * Training stacks of fully connected layers on a device: the contract between a model library that
 * describes its network as a {@link dev.zenneural.core.nn.stack.DenseNet} of
 * {@link dev.zenneural.core.nn.stack.StackLayer}s (zen-ml's MLP, NLinear, DLinear, N-BEATS, N-HiTS, RNN, LSTM, GRU and TCN) and a backend
 * that keeps the weights, the Adam state and the activations on its device
 * ({@link dev.zenneural.core.nn.stack.DenseStackTraining}, implemented by zen-gpu's OpenCL backend).
 */
package dev.zenneural.core.nn.stack;
