package org.embedscope.model.umap;

/**
 * x^y for x > 0 as 2^(y log2 x) with short polynomials, about ten times cheaper than Math.pow
 * and within 1e-7 relative of it: UMAP's gradients take one power per update, hundreds of millions
 * of times, and are clipped and noisy anyway. Plain arithmetic on bits, so the same on every JVM.
 */
final class FastPow {
    private static final double LN2 = 0.6931471805599453;
    private static final double SQRT2 = 1.4142135623730951;

    private FastPow() {
    }

    /**
     * x^y for x > 0 within about 2e-6 relative (shorter polynomials, no division), for the layout's
     * gradients, which are clipped and stochastic: the chain of powers in a point's updates was most
     * of a large map's time.
     */
    static double rough(double x, double y) {
        if (!(x >= Double.MIN_NORMAL && x < Double.POSITIVE_INFINITY)) {
            return Math.pow(x, y);
        }
        long bits = Double.doubleToRawLongBits(x);
        double t = mantissa(bits) - 1;
        double log2 = exponent(bits) + t * (1.4427157746709725 + t * (-0.7211225392451135 + t * (0.4793243587725462
                + t * (-0.36770398238991964 + t * (0.3220854961124093 + t * -0.20529829542747144)))));
        double e = y * log2;
        if (e < -1000 || e > 1000) {
            return e < 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        double whole = Math.floor(e);
        double f = e - whole;
        double fraction = 0.9999998957631355 + f * (0.6931546200032986 + f * (0.24014077009184298
                + f * (0.0558632826592419 + f * (0.008946214666355146 + f * 0.0018951072909917654))));
        return fraction * Double.longBitsToDouble((long) (whole + 1023) << 52);
    }

    static double pow(double x, double y) {
        return x >= Double.MIN_NORMAL && x < Double.POSITIVE_INFINITY ? exp2(y * log2(x)) : Math.pow(x, y);
    }

    /** log2 of a positive normal x: exponent plus ln(m) / ln 2 by the atanh series, m in [sqrt(1/2), sqrt(2)). */
    static double log2(double x) {
        long bits = Double.doubleToRawLongBits(x);
        double m = mantissa(bits);
        double t = (m - 1) / (m + 1);
        double t2 = t * t;
        double series = t * (2 + t2 * (2.0 / 3 + t2 * (2.0 / 5 + t2 * (2.0 / 7 + t2 * (2.0 / 9)))));
        return exponent(bits) + series / LN2;
    }

    /** m of x = 2^e m with m in [sqrt(1/2), sqrt(2)), for a positive normal x's bits. */
    private static double mantissa(long bits) {
        double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        return m > SQRT2 ? m * 0.5 : m;
    }

    /** e of x = 2^e m with m in [sqrt(1/2), sqrt(2)). */
    private static int exponent(long bits) {
        int exponent = (int) ((bits >>> 52) & 0x7FF) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        return m > SQRT2 ? exponent + 1 : exponent;
    }

    /** 2^y: the integer part into the exponent bits, the fraction by its Taylor series. */
    static double exp2(double y) {
        if (y < -1000) {
            return 0;
        }
        if (y > 1000) {
            return Double.POSITIVE_INFINITY;
        }
        double whole = Math.floor(y);
        double f = (y - whole) * LN2;
        double e = 1 + f * (1 + f * (1.0 / 2 + f * (1.0 / 6 + f * (1.0 / 24 + f * (1.0 / 120 + f * (1.0 / 720
                + f * (1.0 / 5040 + f * (1.0 / 40320))))))));
        return e * Double.longBitsToDouble((long) (whole + 1023) << 52);
    }
}
