/**
 * Training of FANN-style networks with libfann's numerics: {@link dev.zenneural.core.nn.train.Trainer}
 * runs epochs of a {@link dev.zenneural.core.nn.train.TrainingAlgorithm} (incremental or batch
 * backpropagation, iRPROP-, Quickprop) with FANN's error and stop functions.
 */
package dev.zenneural.core.nn.train;
