/**
 * Forecast accuracy metrics as pure functions over arrays, in the M4 competition's definitions.
 *
 * <p>{@link dev.zenneural.ml.metrics.Metrics} scores one series (MAE, MSE, RMSE, MAPE, sMAPE, MASE),
 * {@link dev.zenneural.ml.metrics.Owa} combines sMAPE and MASE relative to Naive2, and
 * {@link dev.zenneural.ml.metrics.FrameMetrics} scores every series of a test frame and averages
 * over series, as the M3, M4 and Tourism results are reported.
 */
package dev.zenneural.ml.metrics;
