package org.archsim.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A part on the canvas: an instance of a {@link ComponentKind} with a position, a display name and parameter values.
 * Identity is the id alone. Mutable only through {@link Design} (which fires events) and hence through commands.
 */
public final class Component extends Element {

    private final ComponentKind kind;
    private String name;
    private double x;
    private double y;

    /** A part with the given id and kind at (x, y), named after its id. */
    public Component(String id, ComponentKind kind, double x, double y) {
        super(id);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = id;
        this.x = x;
        this.y = y;
    }

    public ComponentKind kind() {
        return kind;
    }

    /** The display name; defaults to the id. */
    public String name() {
        return name;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    @Override
    public Optional<ParamSpec> spec(String key) {
        return kind.param(key);
    }

    void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    void setPosition(double x, double y) {
        this.x = x;
        this.y = y;
    }

    /** A detached copy with the same id, kind, name, position and explicit values. */
    public Component copy() {
        return copyAs(id());
    }

    /** A detached copy under another id (used by paste and duplicate). */
    public Component copyAs(String newId) {
        Component c = new Component(newId, kind, x, y);
        c.name = name.equals(id()) ? newId : name;
        explicitParams().forEach(c::putParam);
        return c;
    }

    @Override
    public String toString() {
        return kind.id() + " " + id();
    }
}
