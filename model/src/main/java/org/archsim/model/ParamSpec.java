package org.archsim.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Declares one parameter of a part kind or of a link, once, as data. The inspector, validation, the file-format
 * documentation and the JSON schema are all generated from these declarations.
 *
 * <p>Values held by the model always have the Java class that {@link ParamType} names for {@link #type()}; use
 * {@link #normalize(Object)} to bring a loosely typed value (for example a {@code Long} read from a file) to that
 * class and {@link #check(Object)} to test a value against the range or choices.
 *
 * @param key          the name used in files and code, e.g. {@code workers}
 * @param type         the value type
 * @param unit         the unit shown to the learner ({@code ms}, {@code req/s}, ...), empty when unitless
 * @param defaultValue the value a part has when a file does not mention the parameter
 * @param min          inclusive lower bound for numbers, {@code null} when unbounded
 * @param max          inclusive upper bound for numbers, {@code null} when unbounded
 * @param choices      the allowed values of a {@link ParamType#CHOICE}, empty otherwise
 * @param description  one line saying what the parameter does, in the learner's words
 */
public record ParamSpec(String key, ParamType type, String unit, Object defaultValue, Double min, Double max,
                        List<String> choices, String description) {

    public ParamSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        choices = choices == null ? List.of() : List.copyOf(choices);
        description = description == null ? "" : description;
        Object normalized = normalizeOrNull(type, defaultValue);
        if (normalized == null) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is not " + type.readable());
        }
        defaultValue = normalized;
        if (type == ParamType.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is not among " + choices);
        }
    }

    /** An integer parameter with an inclusive range. */
    public static ParamSpec integer(String key, String unit, int def, Integer min, Integer max, String description) {
        return new ParamSpec(key, ParamType.INT, unit, def, toDouble(min), toDouble(max), List.of(), description);
    }

    /** A decimal parameter with an inclusive range. */
    public static ParamSpec decimal(String key, String unit, double def, Double min, Double max, String description) {
        return new ParamSpec(key, ParamType.DECIMAL, unit, def, min, max, List.of(), description);
    }

    /** A yes/no parameter. */
    public static ParamSpec bool(String key, boolean def, String description) {
        return new ParamSpec(key, ParamType.BOOL, "", def, null, null, List.of(), description);
    }

    /** A parameter whose value is one of {@code choices}. */
    public static ParamSpec choice(String key, String def, List<String> choices, String description) {
        return new ParamSpec(key, ParamType.CHOICE, "", def, null, null, choices, description);
    }

    /** A free-text parameter. */
    public static ParamSpec text(String key, String def, String description) {
        return new ParamSpec(key, ParamType.TEXT, "", def, null, null, List.of(), description);
    }

    /** A map of names to non-negative weights (load-balancer weights, endpoint mix). */
    public static ParamSpec weights(String key, Map<String, Double> def, String description) {
        return new ParamSpec(key, ParamType.WEIGHTS, "", def, null, null, List.of(), description);
    }

    private static Double toDouble(Integer i) {
        return i == null ? null : i.doubleValue();
    }

    /**
     * Brings {@code value} to the Java class of this spec's type, or returns empty when it cannot be represented
     * (wrong type, fractional integer, NaN or infinity, a weight that is not a number).
     */
    public Optional<Object> normalize(Object value) {
        return Optional.ofNullable(normalizeOrNull(type, value));
    }

    /**
     * Tests a value of the right class against the range or the choices.
     *
     * @return empty when valid, otherwise a learner-readable reason such as {@code must be ≥ 1, was 0}
     */
    public Optional<String> check(Object value) {
        Object v = normalizeOrNull(type, value);
        if (v == null) {
            return Optional.of("must be " + type.readable() + ", was " + describe(value));
        }
        switch (type) {
            case INT, DECIMAL -> {
                double d = ((Number) v).doubleValue();
                if (min != null && d < min) {
                    return Optional.of("must be ≥ " + format(min) + ", was " + format(d));
                }
                if (max != null && d > max) {
                    return Optional.of("must be ≤ " + format(max) + ", was " + format(d));
                }
            }
            case CHOICE -> {
                if (!choices.contains(v)) {
                    return Optional.of("must be one of " + String.join(", ", choices) + ", was \"" + v + "\"");
                }
            }
            case WEIGHTS -> {
                for (Map.Entry<String, Double> e : weightsOf(v).entrySet()) {
                    if (e.getValue() < 0) {
                        return Optional.of("weight of \"" + e.getKey() + "\" must be ≥ 0, was " + format(e.getValue()));
                    }
                }
            }
            default -> { }
        }
        return Optional.empty();
    }

    /** A short rendering of the range or choices for documentation and tooltips, e.g. {@code 1 … 10000}. */
    public String rangeText() {
        if (type == ParamType.CHOICE) {
            return String.join(" | ", choices);
        }
        if (min == null && max == null) {
            return "";
        }
        return (min == null ? "−∞" : format(min)) + " … " + (max == null ? "∞" : format(max));
    }

    /** Formats a number the way messages and files show it: integers without a decimal point. */
    public static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> weightsOf(Object v) {
        return (Map<String, Double>) v;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        return String.valueOf(value);
    }

    private static Object normalizeOrNull(ParamType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INT -> {
                if (value instanceof Number n) {
                    double d = n.doubleValue();
                    if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                        yield (int) d;
                    }
                }
                yield null;
            }
            case DECIMAL -> value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
            case BOOL -> value instanceof Boolean ? value : null;
            case CHOICE, TEXT -> value instanceof String ? value : null;
            case WEIGHTS -> {
                if (!(value instanceof Map<?, ?> m)) {
                    yield null;
                }
                TreeMap<String, Double> out = new TreeMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!(e.getKey() instanceof String k) || !(e.getValue() instanceof Number n)
                            || !Double.isFinite(n.doubleValue())) {
                        yield null;
                    }
                    out.put(k, n.doubleValue());
                }
                yield Collections.unmodifiableSortedMap(out);
            }
        };
    }
}
