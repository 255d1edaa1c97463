package org.archsim.lessons.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Strict reading of one JSON object of a pack file: required and optional fields of the expected types, unknown
 * fields rejected with the list of known ones. Every problem is located and added to the shared {@link Problems}.
 */
final class Fields {

    private final String source;
    private final JValue.Obj obj;
    private final String path;
    private final Problems problems;

    private Fields(String source, JValue.Obj obj, String path, Problems problems) {
        this.source = source;
        this.obj = obj;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code v}, or {@code null} after reporting that it is not an object. */
    static Fields of(String source, JValue v, String path, String what, Problems problems) {
        if (v instanceof JValue.Obj o) {
            return new Fields(source, o, path, problems);
        }
        problems.at(source, v, path, what + " must be a JSON object, was " + v.describe());
        return null;
    }

    String source() {
        return source;
    }

    Problems problems() {
        return problems;
    }

    int problemCount() {
        return problems.count();
    }

    JValue.Obj obj() {
        return obj;
    }

    String path(String key) {
        return Problems.join(path, key);
    }

    JValue get(String key) {
        return obj.get(key);
    }

    boolean has(String key) {
        return obj.get(key) != null;
    }

    /** Reports a problem at the value of {@code key} (or at the object when absent). */
    void problem(String key, String message) {
        JValue v = obj.get(key);
        problems.at(source, v == null ? obj : v, path(key), message);
    }

    void missing(String key) {
        problems.at(source, obj, path(key), "missing");
    }

    /** Rejects members not in {@code known}. */
    void rejectUnknown(Set<String> known, String owner) {
        for (JValue.Member m : obj.members()) {
            if (!known.contains(m.key())) {
                problems.at(source, m.line(), m.column(), path(m.key()), "unknown field (" + owner + " has: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** A non-blank string; {@code null} when absent (reported if required) or wrong (reported). */
    String string(String key, boolean required) {
        JValue v = obj.get(key);
        if (v == null) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (v instanceof JValue.Str s && !s.value().isBlank()) {
            return s.value();
        }
        problems.at(source, v, path(key), v instanceof JValue.Str ? "must not be empty"
                : "must be a string, was " + v.describe());
        return null;
    }

    /** A finite number in [min, max]; {@code null} when absent (reported if required) or wrong (reported). */
    Double number(String key, boolean required, double min, double max) {
        JValue v = obj.get(key);
        if (v == null) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (!(v instanceof JValue.Num n)) {
            problems.at(source, v, path(key), "must be a number, was " + v.describe());
            return null;
        }
        double d = n.value();
        if (!(d >= min) || !(d <= max)) {
            problems.at(source, v, path(key), "must be between " + org.archsim.lessons.goal.Fmt.num(min) + " and " + org.archsim.lessons.goal.Fmt.num(max)
                    + ", was " + n.text());
            return null;
        }
        return d;
    }

    /** A whole number in [min, max]. */
    Integer integer(String key, boolean required, int min, int max) {
        Double d = number(key, required, min, max);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d)) {
            problem(key, "must be a whole number, was " + org.archsim.lessons.goal.Fmt.num(d));
            return null;
        }
        return d.intValue();
    }

    /** An array's items; {@code null} when absent (reported if required) or not an array. */
    List<JValue> array(String key, boolean required) {
        JValue v = obj.get(key);
        if (v == null) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (v instanceof JValue.Arr a) {
            return a.items();
        }
        problems.at(source, v, path(key), "must be a JSON array, was " + v.describe());
        return null;
    }

    /** An array of non-blank strings with between {@code min} and {@code max} items. */
    List<String> strings(String key, boolean required, int min, int max) {
        List<JValue> items = array(key, required);
        if (items == null) {
            return required ? null : List.of();
        }
        if (items.size() < min || items.size() > max) {
            problem(key, "must hold " + (min == max ? "" + min : min + " to " + max) + " items, has " + items.size());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JValue.Str s && !s.value().isBlank()) {
                out.add(s.value());
            } else {
                problems.at(source, items.get(i), path(key) + "[" + i + "]",
                        "must be a non-empty string, was " + items.get(i).describe());
            }
        }
        return out;
    }

    /** Checks the {@code format} field. */
    boolean format(String expected) {
        String f = string("format", true);
        if (f != null && !f.equals(expected)) {
            problem("format", "must be \"" + expected + "\", was \"" + f + "\"");
            return false;
        }
        return f != null;
    }
}
