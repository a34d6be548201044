package dev.zenneural.ml.loss;

/** Mean absolute error, neuralforecast's {@code MAE} and its default loss. */
public final class Mae extends PointLoss {

    @Override
    double of(double forecast, double target) {
        return Math.abs(forecast - target);
    }

    /** The sign of the error; 0 where forecast and target agree, as PyTorch's {@code abs}. */
    @Override
    double derivative(double forecast, double target) {
        return Math.signum(forecast - target);
    }
}
