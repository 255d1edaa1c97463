package org.archsim.model.edit;

import org.archsim.model.Design;

/**
 * Changes the design's name. Surrounding blanks are dropped; the current name is no change. Refused (before any
 * change) when the name is blank.
 */
public final class RenameDesign implements Command {

    private final String newName;
    private String oldName;

    /** Renames the design to {@code newName}. */
    public RenameDesign(String newName) {
        this.newName = newName == null ? "" : newName.strip();
    }

    @Override
    public void execute(Design d) {
        if (newName.isEmpty()) {
            throw new EditRefusedException("A design's name must not be empty.", "must not be empty");
        }
        oldName = d.name();
        if (!oldName.equals(newName)) {
            d.setName(newName);
        }
    }

    @Override
    public void undo(Design d) {
        if (!oldName.equals(newName)) {
            d.setName(oldName);
        }
    }

    @Override
    public String label() {
        return "Rename design to " + newName;
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
