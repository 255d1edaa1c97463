package org.archsim.lessons.goal;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting for learner-facing sentences: no trailing zeros, no exponent, a dot as decimal mark. */
public final class Fmt {

    private Fmt() {
    }

    /** {@code 200}, {@code 0.25}, {@code 412.3} — up to three significant decimals. */
    public static String num(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        double r = Math.abs(d) >= 100 ? Math.round(d * 10) / 10.0 : Math.round(d * 1000) / 1000.0;
        return BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percentage: {@code 0.0123} → {@code 1.23%}. */
    public static String pct(double fraction) {
        double p = fraction * 100;
        double r = p >= 99 && p < 100 ? Math.floor(p * 1000) / 1000.0 : Math.round(p * 100) / 100.0;
        return BigDecimal.valueOf(r).stripTrailingZeros().toPlainString() + "%";
    }

    /** Milliseconds: {@code 412 ms}. */
    public static String ms(double d) {
        return num(d) + " ms";
    }

    static String rps(double d) {
        return String.format(Locale.ROOT, "%s rps", num(d));
    }
}
