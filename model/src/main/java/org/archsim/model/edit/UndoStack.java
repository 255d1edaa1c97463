package org.archsim.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.archsim.model.Design;

/**
 * The history of one design: runs every {@link Command}, and undoes and redoes them.
 *
 * <ul>
 *   <li>{@link #execute}: runs the command; drops it when it changed nothing; otherwise lets the top command absorb it
 *       ({@link Command#mergeWith}) or pushes it, and clears the redo history. A merge that cancels out (a drag back
 *       to the start) removes the step. A refused command leaves the stack (and, as commands validate first, the
 *       design) unchanged.</li>
 *   <li>Saved mark: {@link #markSaved} remembers the current position; {@link #isDirty} is true whenever the position
 *       differs from it. Undoing past it or executing a new command makes the design dirty; returning to it makes it
 *       clean; a merge into the saved step, or discarding the redo steps that led to it, makes it unreachable until
 *       the next save.</li>
 *   <li>Re-entrancy: {@link #execute}, {@link #undo} and {@link #redo} throw {@link IllegalStateException}, changing
 *       nothing, when called while the stack is running a command or notifying listeners (for example from a
 *       {@code DesignListener}).</li>
 *   <li>An optional depth limit drops the oldest steps.</li>
 * </ul>
 *
 * <p>Not thread-safe: use it on the thread that owns the design.
 */
public final class UndoStack {

    /** {@code maxDepth} value for a history without a limit. */
    public static final int UNLIMITED = 0;

    /** A step; its token names the position right after it and changes when it absorbs a merge. */
    private static final class Entry {
        final Command command;
        long token;

        Entry(Command command, long token) {
            this.command = command;
            this.token = token;
        }
    }

    private final Design design;
    private final int maxDepth;
    private final List<Entry> done = new ArrayList<>();
    private final List<Entry> undone = new ArrayList<>();
    private final List<UndoStackListener> listeners = new CopyOnWriteArrayList<>();
    private long nextToken = 1;
    private long bottomToken;
    private long savedToken;
    private String running;

    /** A stack without depth limit for {@code design}, marked saved at the start. */
    public UndoStack(Design design) {
        this(design, UNLIMITED);
    }

    /** A stack keeping at most {@code maxDepth} undo steps ({@link #UNLIMITED}: no limit), marked saved. */
    public UndoStack(Design design, int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be ≥ 0, was " + maxDepth);
        }
        this.design = Objects.requireNonNull(design, "design");
        this.maxDepth = maxDepth;
    }

    /** The design this stack edits. */
    public Design design() {
        return design;
    }

    /** The depth limit, or {@link #UNLIMITED}. */
    public int maxDepth() {
        return maxDepth;
    }

    /** Runs {@code command} and records it (see the class comment); rethrows its refusal with nothing recorded. */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        enter(command.label());
        boolean recorded = false;
        try {
            command.execute(design);
            if (command.isChange()) {
                record(command);
                recorded = true;
            }
        } finally {
            running = null;
        }
        if (recorded) {
            fire();
        }
    }

    private void record(Command command) {
        Entry top = done.isEmpty() ? null : done.get(done.size() - 1);
        // Merge only with the command executed just before: after an undo the top is an older step.
        if (top != null && undone.isEmpty() && top.command.mergeWith(command)) {
            top.token = nextToken++;
            if (!top.command.isChange()) {
                done.remove(done.size() - 1);
            }
            return;
        }
        undone.clear();
        done.add(new Entry(command, nextToken++));
        if (maxDepth != UNLIMITED && done.size() > maxDepth) {
            bottomToken = done.remove(0).token;
        }
    }

    /** Undoes the last step; returns false when there is none. */
    public boolean undo() {
        enter("undo");
        try {
            if (done.isEmpty()) {
                return false;
            }
            Entry e = done.get(done.size() - 1);
            e.command.undo(design);
            done.remove(done.size() - 1);
            undone.add(e);
        } finally {
            running = null;
        }
        fire();
        return true;
    }

    /** Redoes the last undone step; returns false when there is none. */
    public boolean redo() {
        enter("redo");
        try {
            if (undone.isEmpty()) {
                return false;
            }
            Entry e = undone.get(undone.size() - 1);
            e.command.execute(design);
            undone.remove(undone.size() - 1);
            done.add(e);
        } finally {
            running = null;
        }
        fire();
        return true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The label of the step {@link #undo} would revert, for the menu ("Undo Move 3 parts"). */
    public Optional<String> undoLabel() {
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1).command.label());
    }

    /** The label of the step {@link #redo} would repeat. */
    public Optional<String> redoLabel() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(undone.get(undone.size() - 1).command.label());
    }

    /** Steps that can be undone. */
    public int undoCount() {
        return done.size();
    }

    /** Steps that can be redone. */
    public int redoCount() {
        return undone.size();
    }

    /** Records the current position as the saved one (call after writing the file). */
    public void markSaved() {
        savedToken = currentToken();
        fire();
    }

    /** Whether the current position differs from the saved one. */
    public boolean isDirty() {
        return currentToken() != savedToken;
    }

    /** Whether a command is running or listeners are being told, i.e. whether an edit now would be refused. */
    public boolean isBusy() {
        return running != null;
    }

    public void addListener(UndoStackListener l) {
        listeners.add(Objects.requireNonNull(l, "listener"));
    }

    public void removeListener(UndoStackListener l) {
        listeners.remove(l);
    }

    private long currentToken() {
        return done.isEmpty() ? bottomToken : done.get(done.size() - 1).token;
    }

    private void enter(String what) {
        if (running != null) {
            throw new IllegalStateException("cannot " + (what.equals("undo") || what.equals("redo") ? what
                    : "run \"" + what + "\"") + " while \"" + running + "\" is running");
        }
        running = what;
    }

    private void fire() {
        if (running != null || listeners.isEmpty()) {
            return;
        }
        running = "notifying listeners";
        try {
            for (UndoStackListener l : listeners) {
                l.undoStackChanged(this);
            }
        } finally {
            running = null;
        }
    }
}
