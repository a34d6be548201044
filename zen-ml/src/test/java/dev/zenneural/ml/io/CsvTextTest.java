package dev.zenneural.ml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void decimalsArePlainNumbersOnly() {
        for (String ok : new String[] {"0", "-1", "+2.5", ".5", "5.", "1e3", "1.5E-7", "112"}) {
            assertTrue(CsvText.isDecimal(ok), ok);
        }
        for (String bad : new String[] {"", "-", ".", "e3", "1e", "1e+", "1d", "0x1p3", " 1", "NaN", "1,5", "1.2.3"}) {
            assertFalse(CsvText.isDecimal(bad), bad);
        }
    }

    @Test
    void integersAndDatesAreStrict() {
        assertTrue(CsvText.isInteger("-42"));
        assertFalse(CsvText.isInteger("+"));
        assertFalse(CsvText.isInteger("4.0"));
        assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), CsvText.isoDateToEpochDay("2024-02-29"));
        assertEquals(CsvText.NOT_A_DATE, CsvText.isoDateToEpochDay("2023-02-29"));
        assertEquals(CsvText.NOT_A_DATE, CsvText.isoDateToEpochDay("2023-1-01"));
        assertEquals(CsvText.NOT_A_DATE, CsvText.isoDateToEpochDay("2023-01-01T00:00"));
        assertEquals(CsvText.NOT_A_DATE, CsvText.isoDateToEpochDay("20x3-01-01"));
    }

    @Test
    void formatsShortestExactDecimals() {
        assertEquals("112", CsvText.formatDecimal(112));
        assertEquals("0.71", CsvText.formatDecimal(0.71));
        assertEquals("0", CsvText.formatDecimal(0.0));
        assertEquals("-0", CsvText.formatDecimal(-0.0));
        assertEquals("12345678901234567000", CsvText.formatDecimal(1.2345678901234567e19));
        assertEquals(0.1 + 0.2, Double.parseDouble(CsvText.formatDecimal(0.1 + 0.2)));
    }

    @Test
    void shortensLongValuesInMessages() {
        assertEquals('"' + "x".repeat(60) + "...\"", CsvText.shown("x".repeat(100)));
    }
}
