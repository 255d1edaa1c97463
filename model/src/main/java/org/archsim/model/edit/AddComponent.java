package org.archsim.model.edit;

import java.util.Objects;
import org.archsim.model.Component;
import org.archsim.model.ComponentKind;
import org.archsim.model.Design;

/**
 * Adds a part at the end of the document order; undo removes it again. The command keeps a detached template and
 * adds a fresh copy on every execute, so the caller's object never enters the design.
 *
 * <p>Refused (before any change) when a part with the same id exists.
 */
public final class AddComponent implements Command {

    private final Component template;

    /** Adds a copy of {@code part} (id, kind, name, position, explicit values). */
    public AddComponent(Component part) {
        this.template = Objects.requireNonNull(part, "part").copy();
    }

    /** Adds a new part of {@code kind} at (x, y) with a fresh id based on the kind's id ({@code service-2}). */
    public static AddComponent of(Design d, ComponentKind kind, double x, double y) {
        return new AddComponent(new Component(d.freshId(kind.id()), kind, x, y));
    }

    /** The id the added part has. */
    public String partId() {
        return template.id();
    }

    @Override
    public void execute(Design d) {
        if (d.component(template.id()).isPresent()) {
            throw new EditRefusedException("A part with id \"" + template.id() + "\" already exists.");
        }
        if (!Point.of(template).isFinite()) {
            throw new EditRefusedException("A part's position must be a finite number.");
        }
        d.addComponent(template.copy());
    }

    @Override
    public void undo(Design d) {
        d.removeComponent(template.id());
    }

    @Override
    public String label() {
        return "Add " + template.name();
    }

    @Override
    public boolean isChange() {
        return true;
    }

    @Override
    public String toString() {
        return label();
    }
}
