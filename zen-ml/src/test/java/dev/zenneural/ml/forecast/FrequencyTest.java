package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void calendarStepsKeepTheDayOfTheMonth() {
        assertEquals(day("1995-03-01"), Frequency.MONTHLY.plus(day("1994-12-01"), 3));
        assertEquals(day("1995-06-01"), Frequency.QUARTERLY.plus(day("1994-12-01"), 2));
        assertEquals(day("1990-01-01"), Frequency.YEARLY.plus(day("1994-01-01"), -4));
        assertEquals(day("2020-03-08"), Frequency.WEEKLY.plus(day("2020-03-01"), 1));
        assertEquals(day("2020-03-01"), Frequency.DAILY.plus(day("2020-02-28"), 2));
        assertEquals(13, Frequency.INDEX.plus(10, 3));
    }

    @Test
    void monthEndsStayMonthEnds() {
        assertEquals(day("2020-02-29"), Frequency.MONTHLY.plus(day("2020-01-31"), 1));
        assertEquals(day("2020-03-31"), Frequency.MONTHLY.plus(day("2020-02-29"), 1));
        assertEquals(day("2020-04-30"), Frequency.MONTHLY.plus(day("2020-03-31"), 1));
        assertEquals(day("2019-12-31"), Frequency.QUARTERLY.plus(day("2019-09-30"), 1));
        assertEquals(day("2019-09-30"), Frequency.QUARTERLY.plus(day("2019-12-31"), -1));
        assertEquals(day("2021-02-28"), Frequency.YEARLY.plus(day("2020-02-29"), 1));
        assertEquals(day("2020-03-30"), Frequency.MONTHLY.plus(day("2020-01-30"), 2), "not a month end: day kept");
    }

    @Test
    void pandasCodes() {
        assertEquals(Frequency.MONTHLY, Frequency.fromCode("MS"));
        assertEquals(Frequency.YEARLY, Frequency.fromCode("a"));
        assertEquals(Frequency.INDEX, Frequency.fromCode("1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Frequency.fromCode("H"));
        assertEquals("unknown frequency 'H'; expected one of [1, D, W, M, Q, Y]", e.getMessage());
    }
}
