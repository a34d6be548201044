package dev.zenneural.tools.plot;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.nio.LongBuffer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates on a numeric x axis as decimal years ({@code 1957.5} is July 1957), and back to labels. On
 * XChart's own date axis the ticks are fixed spans of milliseconds and drift off month boundaries
 * (1959-02, then 1959-08); round steps of years (1, 0.5, 0.25) fall on the calendar. Monthly data
 * count twelve equal months a year, so every month start is exact; other data count days.
 */
final class YearAxis {

    private final boolean monthly;

    private YearAxis(boolean monthly) {
        this.monthly = monthly;
    }

    /** The axis for the dates of {@code history} and {@code forecast}: monthly when all are month starts. */
    static YearAxis forDates(TimeSeriesFrame history, ForecastFrame forecast) {
        if (forecast.dsKind() != DsKind.DATE) {
            return new YearAxis(false);
        }
        for (int r = 0; r < forecast.rowCount(); r++) {
            if (!monthStart(forecast.ds(r))) {
                return new YearAxis(false);
            }
        }
        LongBuffer ds = history.dsColumn();
        for (int r = 0; r < ds.remaining(); r++) {
            if (!monthStart(ds.get(r))) {
                return new YearAxis(false);
            }
        }
        return new YearAxis(true);
    }

    private static boolean monthStart(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).getDayOfMonth() == 1;
    }

    /** The position of a day (days since 1970-01-01) in decimal years. */
    double x(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return monthly ? d.getYear() + (d.getMonthValue() - 1) / 12.0
                : d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    /** A tick's label: the year alone at a year's start, else {@code yyyy-MM} (monthly) or the date. */
    String label(double x) {
        int year = (int) Math.floor(x + 1e-9);
        double fraction = Math.max(0, x - year);
        LocalDate d;
        if (monthly) {
            d = LocalDate.of(year, 1, 1).plusMonths(Math.round(fraction * 12));
        } else {
            LocalDate start = LocalDate.ofYearDay(year, 1);
            d = start.plusDays(Math.round(fraction * start.lengthOfYear()));
        }
        if (d.getDayOfYear() == 1) {
            return Integer.toString(d.getYear());
        }
        return monthly ? String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue()) : d.toString();
    }
}
