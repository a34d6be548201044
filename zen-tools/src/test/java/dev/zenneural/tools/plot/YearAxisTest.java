package dev.zenneural.tools.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.NLinear;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearAxisTest {

    /** One series of {@code n} steps of {@code freq} from 2001-01-01, and a 2-step NLinear forecast of it. */
    private static YearAxis axis(Frequency freq) {
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.DATE);
        long day = LocalDate.of(2001, 1, 1).toEpochDay();
        for (int t = 0; t < 12; t++) {
            b.add("s", freq.plus(day, t), t % 3);
        }
        TimeSeriesFrame history = b.build();
        ForecastFrame forecast = new NeuralForecast(List.of(NLinear.builder(2).inputSize(4).maxSteps(1).build()), freq)
                .fit(history).predict();
        return YearAxis.forDates(history, forecast);
    }

    @Test
    void monthlyDataCountTwelveEqualMonths() {
        YearAxis axis = axis(Frequency.MONTHLY);
        assertEquals(1957.5, axis.x(LocalDate.of(1957, 7, 1).toEpochDay()));
        assertEquals("1957-07", axis.label(1957.5));
        assertEquals("1957-04", axis.label(1957.25));
        assertEquals("1958", axis.label(1958.0));
        // Tick values carry rounding error; they still name the month they stand for.
        assertEquals("1958", axis.label(1957.9999999999));
        assertEquals("1957-11", axis.label(1957 + 10 / 12.0));
    }

    @Test
    void otherDataCountDays() {
        YearAxis axis = axis(Frequency.DAILY);
        assertEquals(2004 + 59 / 366.0, axis.x(LocalDate.of(2004, 2, 29).toEpochDay()));
        assertEquals("2004-02-29", axis.label(2004 + 59 / 366.0));
        assertEquals("2004", axis.label(2004.0));
    }
}
