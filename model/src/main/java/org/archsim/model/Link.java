package org.archsim.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A directed connection: {@code from} sends requests to {@code to}. Its id is {@code from->to}, so a design holds at
 * most one link per ordered pair. Parameters are the catalog's {@link Catalog#linkParams() link parameters}.
 */
public final class Link extends Element {

    private final String from;
    private final String to;

    /** A link from one part id to another. */
    public Link(String from, String to) {
        super(idOf(from, to));
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** The id a link between these parts has. */
    public static String idOf(String from, String to) {
        return from + "->" + to;
    }

    /** The sending part's id. */
    public String from() {
        return from;
    }

    /** The receiving part's id. */
    public String to() {
        return to;
    }

    @Override
    public Optional<ParamSpec> spec(String key) {
        return Catalog.standard().linkParam(key);
    }

    /** A detached copy with the same endpoints and explicit values. */
    public Link copy() {
        return copyBetween(from, to);
    }

    /** A detached copy between other parts (used by paste). */
    public Link copyBetween(String newFrom, String newTo) {
        Link l = new Link(newFrom, newTo);
        explicitParams().forEach(l::putParam);
        return l;
    }

    @Override
    public String toString() {
        return id();
    }
}
