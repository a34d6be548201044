package dev.zenneural.ml.loss;

/**
 * Symmetric mean absolute percentage error, neuralforecast's {@code SMAPE}:
 * {@code 2 |y - ŷ| / (|y| + |ŷ|)}, 0 where both are 0 (its {@code _divide_no_nan}); between 0 and 2,
 * the M3/M4 sMAPE divided by 100. It trains a model on the metric M3 is scored by, as N-BEATS's
 * ensembles do. Not invariant to a window's shift, so it is computed on the series' own scale.
 */
public final class Smape extends PointLoss {

    @Override
    double of(double forecast, double target) {
        double denominator = Math.abs(target) + Math.abs(forecast);
        return denominator == 0 ? 0 : 2 * Math.abs(forecast - target) / denominator;
    }

    /**
     * {@code 2 (sign(e) (|y| + |ŷ|) - |e| sign(ŷ)) / (|y| + |ŷ|)^2} with {@code e = ŷ - y}; 0 where
     * the denominator is, like the value.
     */
    @Override
    double derivative(double forecast, double target) {
        double denominator = Math.abs(target) + Math.abs(forecast);
        if (denominator == 0) {
            return 0;
        }
        double error = forecast - target;
        return 2 * (Math.signum(error) * denominator - Math.abs(error) * Math.signum(forecast))
                / (denominator * denominator);
    }

    @Override
    public boolean onOriginalScale() {
        return true;
    }
}
