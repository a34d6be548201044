package dev.zenneural.ml.loss;

/**
 * Mean absolute scaled error, neuralforecast's {@code MASE(seasonality)}: each window's absolute
 * errors divided by the mean absolute seasonal-naive error of its history (the trainer supplies that
 * division, see {@link #scaleSeasonality()}), so every window weighs by how hard it is to beat the
 * seasonal naive forecast, the measure Tourism is scored by. As a plain loss of forecasts and targets
 * it is their mean absolute error.
 */
public final class Mase extends PointLoss {

    /** The errors' loss once scaled; a delegate, not a superclass, so that a Mase is never taken for a Mae. */
    private static final Mae MAE = new Mae();

    private final int seasonality;

    /** MASE against the naive forecast of {@code seasonality} steps back (1 for yearly data). */
    public Mase(int seasonality) {
        if (seasonality < 1) {
            throw new IllegalArgumentException("seasonality must be >= 1, got " + seasonality);
        }
        this.seasonality = seasonality;
    }

    public int seasonality() {
        return seasonality;
    }

    @Override
    public int scaleSeasonality() {
        return seasonality;
    }

    @Override
    double of(double forecast, double target) {
        return MAE.of(forecast, target);
    }

    @Override
    double derivative(double forecast, double target) {
        return MAE.derivative(forecast, target);
    }

    @Override
    public String toString() {
        return "Mase(" + seasonality + ")";
    }
}
