/**
 * Every edit of a {@link org.archsim.model.Design} as an undoable {@link org.archsim.model.edit.Command}, and the
 * {@link org.archsim.model.edit.UndoStack} that runs them.
 *
 * <p>The editor never calls the design's mutators directly: it builds a command (add, remove, move, connect,
 * disconnect, set a parameter, rename, delete a selection, paste) and hands it to the stack. Commands validate before
 * changing anything, so a refused edit ({@link org.archsim.model.edit.EditRefusedException}, with a learner-readable
 * reason) leaves the design and the stack as they were. Continuous gestures (dragging, moving a slider) tag their
 * commands with one {@link org.archsim.model.edit.Gesture} so the stack merges them into a single undo step.
 *
 * <pre>{@code
 * UndoStack stack = new UndoStack(design);
 * stack.execute(new SetParam("app", "workers", 8));     // refused with a reason if out of range
 * Gesture drag = Gesture.begin("drag");
 * stack.execute(Move.by(design, List.of("app"), 5, 0, drag));
 * stack.execute(Move.by(design, List.of("app"), 5, 0, drag)); // merged: still one "Move app" step
 * stack.undoLabel();                                      // Optional[Move app]
 * }</pre>
 *
 * No JavaFX: the UI observes the stack through {@link org.archsim.model.edit.UndoStackListener}.
 */
package org.archsim.model.edit;
