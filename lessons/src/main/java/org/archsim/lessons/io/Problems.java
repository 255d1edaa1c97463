package org.archsim.lessons.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;

/** Collects located problems across every file of a pack and turns them into one {@link FormatException}. */
final class Problems {

    private final List<FormatProblem> list = new ArrayList<>();

    void add(FormatProblem p) {
        list.add(p);
    }

    void addAll(List<FormatProblem> ps) {
        list.addAll(ps);
    }

    /** A problem at value {@code v} of file {@code source}. */
    void at(String source, JValue v, String path, String message) {
        list.add(new FormatProblem(source, Math.max(1, v.line()), Math.max(1, v.column()), path, message));
    }

    void at(String source, int line, int column, String path, String message) {
        list.add(new FormatProblem(source, Math.max(1, line), Math.max(1, column), path, message));
    }

    int count() {
        return list.size();
    }

    void throwIfAny() throws FormatException {
        if (!list.isEmpty()) {
            List<FormatProblem> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(FormatProblem::file).thenComparingInt(FormatProblem::line)
                    .thenComparingInt(FormatProblem::column));
            throw new FormatException(sorted);
        }
    }

    static String join(String base, String key) {
        String k = key.length() > 80 ? key.substring(0, 80) + "…" : key;
        return base.isEmpty() ? k : base + "." + k;
    }
}
