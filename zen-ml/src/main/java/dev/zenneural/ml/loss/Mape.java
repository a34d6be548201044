package dev.zenneural.ml.loss;

/**
 * Mean absolute percentage error, neuralforecast's {@code MAPE}: {@code |y - ŷ| / |y|}, 0 where
 * {@code y} is 0 (its {@code _divide_no_nan}); a fraction, not a percentage. One of the losses
 * N-BEATS's M3/Tourism ensembles mix. Not invariant to a window's shift, so it is computed on the
 * series' own scale.
 */
public final class Mape extends PointLoss {

    @Override
    double of(double forecast, double target) {
        return target == 0 ? 0 : Math.abs(forecast - target) / Math.abs(target);
    }

    @Override
    double derivative(double forecast, double target) {
        return target == 0 ? 0 : Math.signum(forecast - target) / Math.abs(target);
    }

    @Override
    public boolean onOriginalScale() {
        return true;
    }
}
