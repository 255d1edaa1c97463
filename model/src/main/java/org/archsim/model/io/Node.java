package org.archsim.model.io;

import java.util.List;

/**
 * A parsed JSON value that remembers where it starts in the source (1-based line and column). Numbers keep their
 * source text, so a value too large for any Java type can still be reported exactly as written.
 */
sealed interface Node {

    int line();

    int column();

    /** What the value is, for messages: {@code "text"}, {@code 3}, {@code an object}... */
    String describe();

    /** A member of an object: its key, where the key starts, and its value. */
    record Member(String key, int line, int column, Node value) {
    }

    record Obj(int line, int column, List<Member> members) implements Node {
        public String describe() {
            return "an object";
        }

        /** The member named {@code key}, or {@code null}. Duplicate keys are reported while parsing. */
        Member member(String key) {
            for (Member m : members) {
                if (m.key().equals(key)) {
                    return m;
                }
            }
            return null;
        }

        Node get(String key) {
            Member m = member(key);
            return m == null ? null : m.value();
        }
    }

    record Arr(int line, int column, List<Node> items) implements Node {
        public String describe() {
            return "an array";
        }
    }

    record Str(int line, int column, String value) implements Node {
        public String describe() {
            return quote(value);
        }
    }

    record Num(int line, int column, String text) implements Node {
        public String describe() {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }

    record Bool(int line, int column, boolean value) implements Node {
        public String describe() {
            return Boolean.toString(value);
        }
    }

    record Null(int line, int column) implements Node {
        public String describe() {
            return "null";
        }
    }

    /** A string in double quotes for messages, shortened when long. */
    static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
