package org.archsim.model.edit;

import java.util.Objects;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Removes a link; undo puts it back at its original position in the document order with all its values.
 *
 * <p>Refused (before any change) when the link does not exist.
 */
public final class Disconnect implements Command {

    private final String linkId;
    private Link removed;
    private int index;
    private String label;

    /** Removes the link with id {@code linkId} ({@code from->to}). */
    public Disconnect(String linkId) {
        this.linkId = Objects.requireNonNull(linkId, "linkId");
    }

    /** Removes the link from {@code from} to {@code to}. */
    public static Disconnect between(String from, String to) {
        return new Disconnect(Link.idOf(from, to));
    }

    /** The id of the link this command removes. */
    public String linkId() {
        return linkId;
    }

    @Override
    public void execute(Design d) {
        Link l = Parts.requireLink(d, linkId);
        label = "Disconnect " + Parts.name(d, l.from()) + " from " + Parts.name(d, l.to());
        index = d.indexOfLink(linkId);
        removed = d.disconnect(linkId);
    }

    @Override
    public void undo(Design d) {
        d.connect(removed, index);
    }

    @Override
    public String label() {
        return label != null ? label : "Disconnect " + linkId;
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
