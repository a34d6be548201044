package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Logarithm#log} against the JDK's logarithms. */
class LogarithmTest {

    @Test
    void fannsTanhErrorRoundsToTheFloatsOfStrictMathLog() {
        // Every float difference was checked once (two billion); here a million of them, evenly spread
        // over the float bits of (0, 0.9999999) with both signs, so that the differences near 0 and
        // those near +-1 (quotients near 0 and 2e7) are all tried.
        int top = Float.floatToRawIntBits(0.9999999f);
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 1_000_000; i++) {
            float d = Float.intBitsToFloat(random.nextInt(top + 1)) * (random.nextBoolean() ? 1 : -1);
            double q = (1.0 + d) / (1.0 - d);
            float expected = (float) StrictMath.log(q);
            float actual = (float) Logarithm.log(q);
            if (expected != actual) {
                assertEquals(expected, actual, "log((1 + d) / (1 - d)) for d = " + d);
            }
        }
    }

    @Test
    void withinOneUlpOfStrictMathOverTheWholeRange() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 400_000; i++) {
            // Uniform over the bits: every binade from Double.MIN_NORMAL to Double.MAX_VALUE alike.
            double x = Double.longBitsToDouble(random.nextLong(Double.doubleToRawLongBits(Double.MIN_NORMAL),
                    Double.doubleToRawLongBits(Double.MAX_VALUE) + 1));
            double expected = StrictMath.log(x);
            double actual = Logarithm.log(x);
            if (Math.abs(actual - expected) > Math.ulp(expected)) {
                assertEquals(expected, actual, Math.ulp(expected), "log(" + x + "), against StrictMath's");
            }
        }
        for (double x : new double[] {Double.MIN_NORMAL, Math.nextDown(Math.sqrt(2)), Math.sqrt(2),
            Math.nextUp(Math.sqrt(2)), 0.5, 2, Math.E, Double.MAX_VALUE}) {
            assertTrue(Math.abs(Logarithm.log(x) - StrictMath.log(x)) <= Math.ulp(StrictMath.log(x)), "log(" + x + ")");
        }
        assertEquals(0.0, Logarithm.log(1.0));
        assertEquals(1.0 / 0.0, 1.0 / Logarithm.log(1.0), "log(1) is +0, as Math.log's");
    }

    @Test
    void valuesOutsideTheNormalPositivesAreMathLogs() {
        for (double x : new double[] {0.0, -0.0, -1.0, Double.MIN_VALUE, Math.nextDown(Double.MIN_NORMAL),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertEquals(Math.log(x), Logarithm.log(x), "log(" + x + ")");
        }
    }
}
