package org.archsim.model.edit;

import java.util.Objects;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Adds a link at the end of the document order; undo removes it.
 *
 * <p>Refused (before any change, as an {@link EditRefusedException}) exactly when {@link Design#connect} refuses:
 * a self-link, a second link between the same ordered pair, or a missing end.
 */
public final class Connect implements Command {

    private final Link template;
    private String label;

    /** Links {@code from} to {@code to} with default link values. */
    public Connect(String from, String to) {
        this(new Link(from, to));
    }

    /** Adds a copy of {@code link} (endpoints and explicit values). */
    public Connect(Link link) {
        this.template = Objects.requireNonNull(link, "link").copy();
    }

    /** The id the added link has ({@code from->to}). */
    public String linkId() {
        return template.id();
    }

    @Override
    public void execute(Design d) {
        String readable = Parts.name(d, template.from()) + " to " + Parts.name(d, template.to());
        try {
            // Design checks every rule before it changes anything, so a refusal leaves it as it was.
            d.connect(template.copy());
        } catch (IllegalArgumentException e) {
            throw new EditRefusedException("Cannot connect " + readable + ": " + e.getMessage() + ".", e.getMessage());
        }
        label = "Connect " + readable;
    }

    @Override
    public void undo(Design d) {
        d.disconnect(template.id());
    }

    @Override
    public String label() {
        return label != null ? label : "Connect " + template.from() + " to " + template.to();
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
