package dev.zenneural.core.fann.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CFloatTest {

    @Test
    void parsesCSyntax() {
        assertEquals(1.5f, CFloat.parse("1.5"));
        assertEquals(-1.5f, CFloat.parse("-1.5"));
        assertEquals(1.5f, CFloat.parse("+1.5"));
        assertEquals(0.5f, CFloat.parse(".5"));
        assertEquals(5f, CFloat.parse("5."));
        assertEquals(1.5e-3f, CFloat.parse("1.5E-3"));
        assertEquals(150f, CFloat.parse("1.5e+2"));
        assertEquals(0.1f, CFloat.parse("0.1"));
        assertEquals(12f, CFloat.parse("0x1.8p3"));
        assertEquals(-255f, CFloat.parse("-0xFF"));
        assertEquals(0.5f, CFloat.parse("0x.8"));
        assertEquals(Float.MIN_VALUE, CFloat.parse("1.4e-45"));
        assertEquals(0f, CFloat.parse("1e-50"));
        assertEquals(Float.POSITIVE_INFINITY, CFloat.parse("1e39"));
        assertEquals(Float.NEGATIVE_INFINITY, CFloat.parse("-INF"));
        assertEquals(Float.POSITIVE_INFINITY, CFloat.parse("infinity"));
        assertTrue(Float.isNaN(CFloat.parse("nan")));
        assertTrue(Float.isNaN(CFloat.parse("-NAN(0x1f)")));
        assertTrue(CFloat.isInfinityWord("-Inf"));
        assertFalse(CFloat.isInfinityWord("1e39"));
    }

    @Test
    void refusesWhatCDoesNotReadAsOneNumber() {
        for (String token : new String[] {"", "+", "-", ".", "e5", "1e", "1e+", "1.5.2", "1,5", "1f", "1d", "0x",
            "0xp1", "0x1p", "0x1.8q", "1.5abc", "--1", "+-1", "nan(", "nan(a-b)", "in", "infinit", "\u0661",
            "0x\u0661", "١"}) {
            assertThrows(NumberFormatException.class, () -> CFloat.parse(token), "'" + token + "'");
        }
    }
}
