package org.blohub.adapters.canonical;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as ECMAScript's Number.prototype.toString does (ECMA-262, Number::toString), which
 * RFC 8785 requires for numbers. Java's {@link Double#toString(double)} differs: it writes "1.0E21"
 * instead of "1e+21", uses exponents from 1e7 up, and before Java 19 does not always pick the shortest
 * digits.
 */
final class EcmaScriptNumber {

    private static final int MAX_SIGNIFICANT_DIGITS = 17;

    private EcmaScriptNumber() {
    }

    /**
     * @throws CanonicalJsonException for NaN and infinities, which JSON cannot carry
     */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new CanonicalJsonException("NaN and Infinity are not JSON numbers");
        }
        if (value == 0) {
            return "0"; // also for -0, as in ECMAScript
        }
        StringBuilder out = new StringBuilder(26);
        double magnitude = value;
        if (value < 0) {
            out.append('-');
            magnitude = -value;
        }
        BigDecimal shortest = shortestRoundTripDecimal(magnitude).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = digits x 10^(n - k)
        appendInEcmaScriptNotation(out, digits, k, n);
        return out.toString();
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code value}; among those with
     * that many digits the one closest to {@code value}, and on a tie the one with an even last digit.
     */
    private static BigDecimal shortestRoundTripDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        // The exact expansion can have hundreds of digits. Truncating it once to 20 digits in each
        // direction is enough: floor and ceiling to fewer digits give the same result from there.
        BigDecimal floor20 = exact.round(new MathContext(20, RoundingMode.FLOOR));
        BigDecimal ceiling20 = exact.round(new MathContext(20, RoundingMode.CEILING));
        for (int precision = 1; precision <= MAX_SIGNIFICANT_DIGITS; precision++) {
            BigDecimal below = floor20.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = ceiling20.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowReadsBack = below.doubleValue() == value;
            boolean aboveReadsBack = above.doubleValue() == value;
            if (belowReadsBack && aboveReadsBack) {
                return closer(exact, below, above);
            }
            if (belowReadsBack) {
                return below;
            }
            if (aboveReadsBack) {
                return above;
            }
        }
        throw new IllegalStateException("no decimal of at most 17 digits reads back as " + value);
    }

    private static BigDecimal closer(BigDecimal exact, BigDecimal below, BigDecimal above) {
        int comparison = exact.subtract(below).compareTo(above.subtract(exact));
        if (comparison < 0) {
            return below;
        }
        if (comparison > 0) {
            return above;
        }
        return below.unscaledValue().testBit(0) ? above : below;
    }

    private static void appendInEcmaScriptNotation(StringBuilder out, String digits, int k, int n) {
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
    }
}
