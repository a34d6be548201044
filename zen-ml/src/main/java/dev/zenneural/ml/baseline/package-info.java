/**
 * Baseline forecasts of one series from its own history: {@link dev.zenneural.ml.baseline.Naive},
 * {@link dev.zenneural.ml.baseline.SeasonalNaive}, {@link dev.zenneural.ml.baseline.Naive2} (the M4
 * competition's seasonally adjusted naive benchmark) and
 * {@link dev.zenneural.ml.baseline.RandomWalkWithDrift}, named as statsforecast names its models, and
 * {@link dev.zenneural.ml.baseline.Theta} (the M3 competition's winner, as R's {@code thetaf}).
 * They are the yardsticks the neural models are measured against (OWA is relative to Naive2).
 */
package dev.zenneural.ml.baseline;
