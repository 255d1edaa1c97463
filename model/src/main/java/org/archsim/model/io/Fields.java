package org.archsim.model.io;

import java.util.Collection;
import java.util.List;
import org.archsim.model.ParamSpec;

/** Reading the fields of one JSON object, reporting missing, mistyped and unknown fields with their paths. */
final class Fields {

    private final Node.Obj obj;
    private final String path;
    private final Problems p;

    private Fields(Node.Obj obj, String path, Problems p) {
        this.obj = obj;
        this.path = path;
        this.p = p;
    }

    /** The object's fields, or {@code null} after reporting that {@code n} is not an object. */
    static Fields of(Node n, String path, String what, Problems p) {
        if (n instanceof Node.Obj o) {
            return new Fields(o, path, p);
        }
        p.at(n, path, what + " must be a JSON object, was " + n.describe());
        return null;
    }

    Node.Obj obj() {
        return obj;
    }

    String path(String key) {
        return Problems.join(path, key);
    }

    boolean has(String key) {
        return obj.get(key) != null;
    }

    /** Reports a required field that is absent, at the enclosing object. */
    void missing(String key, String why) {
        p.at(obj, path(key), "missing" + (why.isEmpty() ? "" : "; " + why));
    }

    /** Reports each member whose key is not in {@code known}, with a did-you-mean hint and the known keys. */
    void rejectUnknown(Collection<String> known, String owner) {
        for (Node.Member m : obj.members()) {
            if (!known.contains(m.key())) {
                p.atKey(m, path(m.key()), "unknown field" + Suggest.hint(m.key(), known) + " (" + owner + " has: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    /** A string field; {@code null} when absent (reported if required) or not a string (reported). */
    String string(String key, boolean required) {
        Node n = obj.get(key);
        if (n == null) {
            if (required) {
                missing(key, "");
            }
            return null;
        }
        if (n instanceof Node.Str s) {
            return s.value();
        }
        p.at(n, path(key), "must be a string, was " + n.describe());
        return null;
    }

    /** A non-blank string field (ids, names, targets). */
    String nonBlank(String key, boolean required) {
        String s = string(key, required);
        if (s != null && s.isBlank()) {
            p.at(obj.get(key), path(key), "must not be empty");
            return null;
        }
        return s;
    }

    /** A number checked against {@code spec}'s range; its default when absent and optional; {@code null} on error. */
    Double number(String key, ParamSpec spec, boolean required) {
        Node n = obj.get(key);
        if (n == null) {
            if (required) {
                missing(key, "");
                return null;
            }
            return ((Number) spec.defaultValue()).doubleValue();
        }
        Object v = Values.value(n, path(key), spec, p);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** An array field's items, or {@code null} when absent (reported if required) or not an array (reported). */
    List<Node> array(String key, boolean required) {
        Node n = obj.get(key);
        if (n == null) {
            if (required) {
                missing(key, "");
            }
            return null;
        }
        if (n instanceof Node.Arr a) {
            return a.items();
        }
        p.at(n, path(key), "must be a JSON array, was " + n.describe());
        return null;
    }

    /**
     * Checks the {@code format} field against {@code expected} ({@code archsim.design/1}).
     *
     * @return false when a different format is declared: the rest of the file follows other rules, so reading stops
     */
    boolean format(String expected) {
        String f = string("format", false);
        Node n = obj.get("format");
        if (n == null) {
            missing("format", "the first field must be \"format\": \"" + expected + "\"");
        } else if (f != null && !f.equals(expected)) {
            String family = expected.substring(0, expected.indexOf('/') + 1);
            String hint;
            if (f.startsWith(family)) {
                hint = "this file was written for another version of ArchSim";
            } else if (f.startsWith("archsim.")) {
                hint = "this is a different kind of ArchSim file";
            } else {
                hint = "not an ArchSim file";
            }
            p.at(n, path("format"), "must be \"" + expected + "\", was " + n.describe() + " (" + hint + ")");
            return false;
        }
        return true;
    }
}
