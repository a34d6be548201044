package dev.zenneural.ml.loss;

/** Mean squared error, neuralforecast's {@code MSE}. */
public final class Mse extends PointLoss {

    @Override
    double of(double forecast, double target) {
        double error = forecast - target;
        return error * error;
    }

    @Override
    double derivative(double forecast, double target) {
        return 2 * (forecast - target);
    }
}
