package org.archsim.app.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.archsim.model.edit.UndoStack;

/**
 * What the menus show about the undo history: whether Undo and Redo can run, their titles naming the step ("Undo Move
 * Catalog service"), and whether the design differs from its last save. Refreshed from the {@link UndoStack} after
 * every step; the editor exposes these properties.
 */
final class EditHistory {

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");

    /** Takes the current state of {@code stack}. */
    void update(UndoStack stack) {
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        dirty.set(stack.isDirty());
        undoText.set(stack.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoText.set(stack.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoText() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoText() {
        return redoText.getReadOnlyProperty();
    }
}
