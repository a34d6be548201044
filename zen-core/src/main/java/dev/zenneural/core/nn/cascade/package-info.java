/**
 * Cascade-correlation training as libfann 2.2's {@code fann_cascadetrain_on_data} ("cascade2"):
 * {@link dev.zenneural.core.nn.cascade.CascadeTrainer} grows a shortcut network one hidden neuron at a
 * time, choosing each from a pool of candidates of several activation functions and steepnesses.
 */
package dev.zenneural.core.nn.cascade;
