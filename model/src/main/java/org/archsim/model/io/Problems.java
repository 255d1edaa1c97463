package org.archsim.model.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, each located at a node, and turns them into a {@link FormatException}. */
final class Problems {

    private final String source;
    private final List<FormatProblem> list = new ArrayList<>();

    Problems(String source, List<FormatProblem> initial) {
        this.source = source;
        list.addAll(initial);
    }

    String source() {
        return source;
    }

    /** A problem with the value {@code n} at {@code path}. */
    void at(Node n, String path, String message) {
        at(n.line(), n.column(), path, message);
    }

    /** A problem with the key of member {@code m} (unknown or misplaced fields). */
    void atKey(Node.Member m, String path, String message) {
        at(m.line(), m.column(), path, message);
    }

    void at(int line, int column, String path, String message) {
        list.add(new FormatProblem(source, Math.max(1, line), Math.max(1, column), path, message));
    }

    int count() {
        return list.size();
    }

    /** The problems in source order (stable for problems at the same place). */
    List<FormatProblem> sorted() {
        List<FormatProblem> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(FormatProblem::line).thenComparingInt(FormatProblem::column));
        return out;
    }

    void throwIfAny() throws FormatException {
        if (!list.isEmpty()) {
            throw new FormatException(sorted());
        }
    }

    /** {@code base.key}, or {@code key} at the root; absurdly long keys are shortened so messages stay readable. */
    static String join(String base, String key) {
        String k = key.length() > 100 ? key.substring(0, 100) + "…" : key;
        return base.isEmpty() ? k : base + "." + k;
    }

    static String index(String base, int i) {
        return base + "[" + i + "]";
    }
}
