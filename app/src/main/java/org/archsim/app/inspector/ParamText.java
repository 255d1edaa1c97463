package org.archsim.app.inspector;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.archsim.model.ParamSpec;
import org.archsim.model.ParamType;

/**
 * Text to and from parameter values, for the inspector's text fields. Parsing checks only the form of the text (a
 * number, an integer, {@code name=weight} pairs); ranges and choices are checked by the command that applies the value,
 * so the message the learner sees is the model's own ("must be ≥ 1, was 0"). Weights are written
 * {@code /catalog=0.6, /orders=0.3}.
 */
public final class ParamText {

    /** The outcome of parsing: a value of the spec's Java class, or the reason the text is not one. */
    public record Parsed(Object value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private ParamText() {
    }

    /** The value as the learner types it. */
    public static String format(ParamSpec spec, Object value) {
        if (value == null) {
            return "";
        }
        return switch (spec.type()) {
            case INT, DECIMAL -> ParamSpec.format(((Number) value).doubleValue());
            case WEIGHTS -> {
                StringBuilder b = new StringBuilder();
                ((Map<?, ?>) value).forEach((k, v) -> {
                    if (!b.isEmpty()) {
                        b.append(", ");
                    }
                    b.append(k).append('=').append(ParamSpec.format(((Number) v).doubleValue()));
                });
                yield b.toString();
            }
            default -> Objects.toString(value);
        };
    }

    /** Parses {@code text} for {@code spec}; never clamps or rounds. */
    public static Parsed parse(ParamSpec spec, String text) {
        String t = text == null ? "" : text.strip();
        ParamType type = spec.type();
        return switch (type) {
            case INT -> parseInt(t);
            case DECIMAL -> parseDecimal(t);
            case BOOL -> t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")
                    ? new Parsed(Boolean.parseBoolean(t), null) : new Parsed(null, "must be true or false");
            case CHOICE, TEXT -> new Parsed(text == null ? "" : text, null);
            case WEIGHTS -> parseWeights(t);
        };
    }

    private static Parsed parseInt(String t) {
        BigDecimal d = number(t);
        if (d == null) {
            return new Parsed(null, "must be an integer, was \"" + t + "\"");
        }
        try {
            return new Parsed(d.intValueExact(), null);
        } catch (ArithmeticException e) {
            return new Parsed(null, "must be a whole number, was " + t);
        }
    }

    private static Parsed parseDecimal(String t) {
        BigDecimal d = number(t);
        return d == null ? new Parsed(null, "must be a number, was \"" + t + "\"") : new Parsed(d.doubleValue(), null);
    }

    private static BigDecimal number(String t) {
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Parsed parseWeights(String t) {
        Map<String, Double> out = new TreeMap<>();
        if (t.isEmpty()) {
            return new Parsed(out, null);
        }
        for (String pair : t.split(",")) {
            String[] kv = pair.split("[=:]", 2);
            String name = kv[0].strip();
            if (kv.length != 2 || name.isEmpty()) {
                return new Parsed(null, "write weights as name=weight, separated by commas");
            }
            BigDecimal w = number(kv[1].strip());
            if (w == null) {
                return new Parsed(null, "weight of \"" + name + "\" must be a number, was \"" + kv[1].strip() + "\"");
            }
            out.put(name, w.doubleValue());
        }
        return new Parsed(out, null);
    }
}
