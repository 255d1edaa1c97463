package org.archsim.model.edit;

/**
 * Told after an {@link UndoStack} changed: a command was executed, merged, undone or redone, or the saved mark moved.
 * The UI uses it to refresh the Undo/Redo menu items and the window title's unsaved-changes mark. A listener must not
 * run edits on the stack (the stack refuses them while it notifies).
 */
@FunctionalInterface
public interface UndoStackListener {

    /** Called on the thread that changed the stack, after the change. */
    void undoStackChanged(UndoStack stack);
}
