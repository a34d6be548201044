/**
 * Matrix products on an OpenCL device: {@link dev.zenneural.gpu.gemm.DeviceSgemm} runs the tuned
 * SGEMM kernel {@code xgemm.cl} (local-memory tiles, register blocking, vector loads, all sizes as
 * {@code -D} build options) with the device's {@link dev.zenneural.gpu.gemm.SgemmTunings tuning
 * set}, and the simple tiled kernel {@code sgemm.cl} where the tuned one cannot run.
 */
package dev.zenneural.gpu.gemm;
