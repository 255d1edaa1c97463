package org.archsim.model.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file could not be read: it is not JSON, not the expected format, or breaks the catalog's rules. Holds every
 * problem found (JSON syntax errors stop at the first one; semantic problems are all collected), in source order.
 */
public final class FormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FormatProblem> problems;

    /** An exception for these problems (at least one). */
    public FormatException(List<FormatProblem> problems) {
        super();
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a FormatException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** An exception for one problem. */
    public FormatException(FormatProblem problem) {
        this(List.of(problem));
    }

    /** The problems, in source order. */
    public List<FormatProblem> problems() {
        return problems;
    }

    /** The problems in their one-line form, one per line. */
    @Override
    public String getMessage() {
        return problems.stream().map(FormatProblem::toString).collect(Collectors.joining("\n"));
    }
}
