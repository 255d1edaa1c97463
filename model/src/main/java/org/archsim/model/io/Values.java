package org.archsim.model.io;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.archsim.model.ParamSpec;
import org.archsim.model.ParamType;

/**
 * Turns located JSON values into model values of a {@link ParamSpec}'s type, reporting a precise problem when they do
 * not fit: the type via {@link ParamSpec#normalize(Object)}, the range or choices via {@link ParamSpec#check(Object)}.
 * Numbers beyond what a double or an int can hold are reported against the spec's range, exactly as written.
 */
final class Values {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Values() {
    }

    /** How messages name what a type wants: "an integer", "a number", ... */
    static String wanted(ParamSpec spec) {
        return switch (spec.type()) {
            case INT -> "an integer";
            case DECIMAL -> "a number";
            case BOOL -> "true or false";
            case CHOICE -> "one of " + String.join(", ", spec.choices());
            case TEXT -> "a string";
            case WEIGHTS -> "an object of names to numbers";
        };
    }

    /** The value of {@code n} as the spec's Java class, or {@code null} after reporting why it does not fit. */
    static Object value(Node n, String path, ParamSpec spec, Problems p) {
        Object raw;
        switch (spec.type()) {
            case INT, DECIMAL -> {
                if (!(n instanceof Node.Num num)) {
                    p.at(n, path, "must be " + wanted(spec) + ", was " + n.describe());
                    return null;
                }
                return number(num, path, spec, p);
            }
            case BOOL -> raw = n instanceof Node.Bool b ? b.value() : null;
            case CHOICE, TEXT -> raw = n instanceof Node.Str s ? s.value() : null;
            case WEIGHTS -> {
                return weights(n, path, spec, p);
            }
            default -> throw new IllegalStateException(spec.type().toString());
        }
        if (raw == null) {
            p.at(n, path, "must be " + wanted(spec) + ", was " + n.describe());
            return null;
        }
        return checked(raw, n, path, spec, p);
    }

    private static Object checked(Object raw, Node n, String path, ParamSpec spec, Problems p) {
        Object v = spec.normalize(raw).orElse(null);
        if (v == null) {
            p.at(n, path, "must be " + wanted(spec) + ", was " + n.describe());
            return null;
        }
        String problem = spec.check(v).orElse(null);
        if (problem != null) {
            if (spec.type() == ParamType.CHOICE) {
                problem += Suggest.hint((String) v, spec.choices());
            }
            p.at(n, path, problem);
            return null;
        }
        return v;
    }

    private static Object number(Node.Num num, String path, ParamSpec spec, Problems p) {
        BigDecimal bd = decimal(num);
        double d = bd == null ? Double.NaN : bd.doubleValue();
        boolean isInt = spec.type() == ParamType.INT;
        boolean fits = Double.isFinite(d) && (!isInt || (integral(bd) && inRange(bd, INT_MIN, INT_MAX)));
        if (fits) {
            return checked(isInt ? (Object) bd.intValueExact() : (Object) d, num, path, spec, p);
        }
        if (bd != null && isInt && !integral(bd)) {
            p.at(num, path, "must be an integer, was " + num.describe());
        } else if (bd != null && spec.min() != null && bd.compareTo(BigDecimal.valueOf(spec.min())) < 0) {
            p.at(num, path, "must be ≥ " + ParamSpec.format(spec.min()) + ", was " + num.describe());
        } else if (bd != null && spec.max() != null && bd.compareTo(BigDecimal.valueOf(spec.max())) > 0) {
            p.at(num, path, "must be ≤ " + ParamSpec.format(spec.max()) + ", was " + num.describe());
        } else {
            p.at(num, path, "is out of range for " + wanted(spec) + ", was " + num.describe());
        }
        return null;
    }

    /** The number as written, or {@code null} when its exponent is beyond any representation. */
    static BigDecimal decimal(Node.Num num) {
        try {
            return new BigDecimal(num.text());
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static boolean integral(BigDecimal bd) {
        return bd.signum() == 0 || bd.stripTrailingZeros().scale() <= 0;
    }

    private static boolean inRange(BigDecimal bd, BigDecimal lo, BigDecimal hi) {
        return bd.compareTo(lo) >= 0 && bd.compareTo(hi) <= 0;
    }

    /** A whole number in the range of a Java long, or {@code null} after reporting (used for seeds). */
    static Long longValue(Node n, String path, Problems p) {
        BigDecimal bd = n instanceof Node.Num num ? decimal(num) : null;
        if (bd == null || !integral(bd) || !inRange(bd, LONG_MIN, LONG_MAX)) {
            p.at(n, path, "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", was " + n.describe());
            return null;
        }
        return bd.longValueExact();
    }

    private static Object weights(Node n, String path, ParamSpec spec, Problems p) {
        if (!(n instanceof Node.Obj obj)) {
            p.at(n, path, "must be " + wanted(spec) + ", was " + n.describe());
            return null;
        }
        ParamSpec weight = ParamSpec.decimal("weight", "", 1.0, 0.0, null, "");
        Map<String, Double> out = new TreeMap<>();
        int before = p.count();
        for (Node.Member m : obj.members()) {
            Object w = value(m.value(), Problems.join(path, m.key()), weight, p);
            if (w != null) {
                out.put(m.key(), (Double) w);
            }
        }
        return p.count() == before ? checked(out, n, path, spec, p) : null;
    }
}
