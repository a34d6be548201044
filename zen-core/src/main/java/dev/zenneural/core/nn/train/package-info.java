/**
 * Training of FANN-style networks with libfann's numerics: {@link dev.zenneural.core.nn.train.Trainer}
 * runs epochs of a {@link dev.zenneural.core.nn.train.TrainingAlgorithm} (FANN's incremental and batch
 * backpropagation, iRPROP-, Quickprop and SARPROP, plus mini-batch SGD with momentum and Adam) with
 * FANN's error and stop functions. Full-batch and mini-batch algorithms get their slopes from
 * {@link dev.zenneural.core.nn.train.EpochData#addSlopes}, which runs dense networks as matrix
 * products and shares the pairs among the trainer's threads deterministically.
 */
package dev.zenneural.core.nn.train;
