package org.archsim.model.edit;

import java.util.Objects;
import org.archsim.model.Component;
import org.archsim.model.Design;

/**
 * Changes a part's display name (its id stays). Surrounding blanks are dropped; renaming to the current name is no
 * change. Refused (before any change) when the part is missing or the name is blank.
 */
public final class Rename implements Command {

    private final String partId;
    private final String newName;
    private String oldName;
    private String label;

    /** Renames part {@code partId} to {@code newName}. */
    public Rename(String partId, String newName) {
        this.partId = Objects.requireNonNull(partId, "partId");
        this.newName = newName == null ? "" : newName.strip();
    }

    @Override
    public void execute(Design d) {
        Component c = Parts.require(d, partId);
        if (newName.isEmpty()) {
            throw new EditRefusedException("A part's name must not be empty.", "must not be empty");
        }
        oldName = c.name();
        if (label == null) {
            label = "Rename " + oldName + " to " + newName;
        }
        if (!oldName.equals(newName)) {
            d.rename(partId, newName);
        }
    }

    @Override
    public void undo(Design d) {
        if (!oldName.equals(newName)) {
            d.rename(partId, oldName);
        }
    }

    @Override
    public String label() {
        return label != null ? label : "Rename " + partId + " to " + newName;
    }

    @Override
    public boolean isChange() {
        return oldName == null || !oldName.equals(newName);
    }

    @Override
    public String toString() {
        return label();
    }
}
