package org.archsim.model.edit;

import org.archsim.model.Design;

/**
 * One user edit of a {@link Design} that can be undone and redone. Run commands through an {@link UndoStack}.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #execute} validates first; when it throws, the design is unchanged.</li>
 *   <li>{@link #undo} is called only in the state the last {@link #execute} left, and restores the design exactly
 *       ({@link Design#sameContent}, including document order). {@link #execute} is called again for redo.</li>
 *   <li>Commands address parts and links by id, never by object, so they stay valid across undo and redo.</li>
 * </ul>
 */
public interface Command {

    /** Applies the edit (also used for redo); throws, leaving {@code d} unchanged, when the edit is refused. */
    void execute(Design d);

    /** Reverts the last {@link #execute} exactly. */
    void undo(Design d);

    /** What the edit does, in the learner's words, for the Undo/Redo menu: {@code "Move 3 parts"}. */
    String label();

    /** Whether the last {@link #execute} changed the document; a stack drops commands that did not. */
    boolean isChange();

    /**
     * Absorbs {@code next}, which has just been executed right after this command, when both belong to the same
     * gesture (same {@link Gesture}, same target). After a successful merge, {@link #undo} reverts both.
     *
     * @return whether {@code next} was absorbed; the default never merges
     */
    default boolean mergeWith(Command next) {
        return false;
    }
}
