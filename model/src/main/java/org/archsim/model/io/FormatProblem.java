package org.archsim.model.io;

import java.util.Objects;

/**
 * One thing wrong with a file, located precisely enough for an editor to jump to it.
 *
 * @param file    the file name (or another source name) as given to the reader
 * @param line    1-based line of the offending value (or key, or enclosing object for a missing field)
 * @param column  1-based column
 * @param path    the field path, e.g. {@code components[2].params.workers}; empty for the whole document
 * @param message what is wrong, in the learner's words, e.g. {@code must be ≥ 1, was 0}
 */
public record FormatProblem(String file, int line, int column, String path, String message) {

    public FormatProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
    }

    /** {@code file:line:column: path: message}, e.g. {@code a.archsim.json:14:22: components[2].params.workers: must be ≥ 1, was 0}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
