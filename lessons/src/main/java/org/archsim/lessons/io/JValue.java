package org.archsim.lessons.io;

import java.util.List;

/**
 * A parsed JSON value that remembers where it starts in its file (1-based line and column), so every problem found
 * while reading a pack can point at the exact place.
 */
public sealed interface JValue {

    int line();

    int column();

    /** What the value is, for messages: {@code "text"}, {@code 3}, {@code an object}... */
    String describe();

    /** A member of an object: its key, where the key starts, and its value. */
    record Member(String key, int line, int column, JValue value) {
    }

    /** An object; members keep their source order. */
    record Obj(int line, int column, List<Member> members) implements JValue {
        public String describe() {
            return "an object";
        }

        /** The value of member {@code key}, or {@code null}. */
        public JValue get(String key) {
            for (Member m : members) {
                if (m.key().equals(key)) {
                    return m.value();
                }
            }
            return null;
        }
    }

    /** An array. */
    record Arr(int line, int column, List<JValue> items) implements JValue {
        public String describe() {
            return "an array";
        }
    }

    /** A string. */
    record Str(int line, int column, String value) implements JValue {
        public String describe() {
            String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
            return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
        }
    }

    /** A number, with its source text. */
    record Num(int line, int column, String text) implements JValue {
        public String describe() {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }

        public double value() {
            return Double.parseDouble(text);
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(int line, int column, boolean value) implements JValue {
        public String describe() {
            return Boolean.toString(value);
        }
    }

    /** {@code null}. */
    record Null(int line, int column) implements JValue {
        public String describe() {
            return "null";
        }
    }
}
