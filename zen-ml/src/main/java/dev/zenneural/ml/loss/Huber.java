package dev.zenneural.ml.loss;

/**
 * Huber loss, neuralforecast's {@code HuberLoss(delta)}: squared ({@code 0.5 e^2}) for errors up to
 * {@code delta}, linear ({@code delta (|e| - delta / 2)}) beyond, so outliers pull less than in MSE.
 */
public final class Huber extends PointLoss {

    private final double delta;

    /** A Huber loss switching at {@code delta} (neuralforecast's default 1). */
    public Huber(double delta) {
        if (!(delta > 0 && Double.isFinite(delta))) {
            throw new IllegalArgumentException("delta must be a finite number > 0, got " + delta);
        }
        this.delta = delta;
    }

    public double delta() {
        return delta;
    }

    @Override
    double of(double forecast, double target) {
        double error = forecast - target;
        double a = Math.abs(error);
        return a <= delta ? 0.5 * error * error : delta * (a - 0.5 * delta);
    }

    @Override
    double derivative(double forecast, double target) {
        double error = forecast - target;
        return Math.abs(error) <= delta ? error : delta * Math.signum(error);
    }

    @Override
    public String toString() {
        return "Huber(" + delta + ")";
    }
}
