package dev.zenneural.ml.loss;

/** Mean squared error, neuralforecast's {@code MSE}. */
public final class Mse extends PointLoss {

    @Override
    double of(double error) {
        return error * error;
    }

    @Override
    double derivative(double error) {
        return 2 * error;
    }
}
