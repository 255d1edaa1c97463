package org.archsim.model.rules;

import java.util.List;
import java.util.Objects;

/**
 * A finding of {@link DesignRules} about a design, worded for a learner.
 *
 * @param severity how bad it is
 * @param code     a stable machine-readable code, e.g. {@code spof}, {@code unreachable}, {@code link-not-allowed}
 * @param subjects ids of the parts or links concerned (for canvas badges)
 * @param field    the offending parameter path ({@code components[app].params.workers}), or empty
 * @param message  one or two sentences a learner understands, saying what is wrong and why it matters
 */
public record Problem(Severity severity, String code, List<String> subjects, String field, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        subjects = List.copyOf(subjects);
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    /** How serious a problem is. */
    public enum Severity {
        /** The design cannot be simulated as it stands. */
        ERROR,
        /** The design runs, but has a weakness a lesson would point out. */
        WARNING
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + " [" + code + "] " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
