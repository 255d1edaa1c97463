package org.archsim.app.editor;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.archsim.model.Component;
import org.archsim.model.ComponentKind;
import org.archsim.model.Design;
import org.archsim.model.DesignChange;
import org.archsim.model.Link;
import org.archsim.model.edit.AddComponent;
import org.archsim.model.edit.Command;
import org.archsim.model.edit.Connect;
import org.archsim.model.edit.EditRefusedException;
import org.archsim.model.edit.Rename;
import org.archsim.model.edit.UndoStack;
import org.archsim.model.rules.DesignRules;
import org.archsim.model.rules.Problem;

/**
 * The editor's state and every editing operation, with no JavaFX nodes: the design and its {@link UndoStack}, the
 * {@link Selection}, the design-rule problems, and the last message for the status bar. Every change to the design
 * is a command run through the stack, so everything the learner does can be undone; a refused command leaves the
 * design as it was and its reason in {@link #messageProperty()}.
 *
 * <p>Helpers carry the separate concerns: {@link EditHistory} (undo/redo titles and the dirty mark), {@link Placement}
 * (where new parts go, what a rubber band selects), {@link MoveGestures} (drags and nudges as single undo steps),
 * {@link ClipboardActions} (copy, cut, paste, duplicate).
 *
 * <p>Views observe {@link #revisionProperty()}, which ticks once per executed, undone or redone step (and when
 * another design is loaded), and redraw from {@link #design()}.
 */
public final class EditorViewModel {

    private Design design;
    private UndoStack stack;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection", Selection.EMPTY);
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final EditHistory history = new EditHistory();
    private final ClipboardActions clipboard;
    private final MoveGestures moves = new MoveGestures(this);
    private boolean structureChanged;

    /** An editor on an empty design, using {@code clipboard} for copy and paste. */
    public EditorViewModel(ClipboardPort clipboard) {
        this.clipboard = new ClipboardActions(this, new DesignClipboard(clipboard));
        load(new Design("Untitled"));
    }

    // ---- document --------------------------------------------------------------------------------------------------

    /** Replaces the design being edited, with a fresh history marked saved. */
    public void load(Design next) {
        design = next;
        stack = new UndoStack(next);
        next.addListener(this::designChanged);
        stack.addListener(s -> stackChanged());
        moves.reset();
        selection.set(Selection.EMPTY);
        structureChanged = true;
        stackChanged();
    }

    public Design design() {
        return design;
    }

    public UndoStack stack() {
        return stack;
    }

    /** Ticks after every change of the design or its history. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public Selection selection() {
        return selection.get();
    }

    /** The design-rule problems of the current design, errors first. */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The last refusal or notice, for the status bar; empty after a successful edit. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndo();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedo();
    }

    /** Whether the history has moved away from the last save. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return history.dirty();
    }

    /** "Undo Move Catalog service", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return history.undoText();
    }

    /** "Redo …", or "Redo". */
    public ReadOnlyStringProperty redoTextProperty() {
        return history.redoText();
    }

    /** Copy, cut, paste and duplicate. */
    public ClipboardActions clipboard() {
        return clipboard;
    }

    /** Shows {@code text} in the status bar. */
    public void notice(String text) {
        message.set(text);
    }

    // ---- running commands ------------------------------------------------------------------------------------------

    /** Runs {@code c} through the undo stack; on refusal keeps the design and returns the learner-readable reason. */
    public Optional<String> execute(Command c) {
        try {
            stack.execute(c);
            message.set("");
            return Optional.empty();
        } catch (EditRefusedException e) {
            message.set(e.getMessage());
            return Optional.of(e.reason());
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    public void undo() {
        endMove();
        if (stack.undo()) {
            message.set("");
        }
    }

    public void redo() {
        endMove();
        if (stack.redo()) {
            message.set("");
        }
    }

    // ---- adding, connecting, renaming -----------------------------------------------------------------------------

    /**
     * Adds a part of {@code kind} with its card centred near world point (cx, cy), snapped to the grid and nudged off
     * any part already at that spot, and selects it. Returns its id.
     */
    public Optional<String> addPart(ComponentKind kind, double cx, double cy) {
        javafx.geometry.Point2D at = Placement.freeSpot(design, cx, cy);
        AddComponent add = AddComponent.of(design, kind, at.getX(), at.getY());
        if (execute(add).isPresent()) {
            return Optional.empty();
        }
        selection.set(Selection.ofParts(List.of(add.partId())));
        return Optional.of(add.partId());
    }

    /** Links {@code from → to} unless {@link ConnectRules} refuses; returns the refusal. Selects the new link. */
    public Optional<String> connect(String from, String to) {
        Optional<String> refusal = ConnectRules.refusal(design, from, to);
        if (refusal.isPresent()) {
            message.set(refusal.get());
            return refusal;
        }
        Optional<String> failed = execute(new Connect(from, to));
        if (failed.isEmpty()) {
            selection.set(Selection.ofLink(Link.idOf(from, to)));
        }
        return failed;
    }

    /** Links the first selected part to the second (the keyboard way to connect). */
    public Optional<String> connectSelected() {
        List<String> parts = selection.get().parts();
        if (parts.size() != 2) {
            String why = "Select exactly two parts to connect: first the sender, then the receiver.";
            message.set(why);
            return Optional.of(why);
        }
        return connect(parts.get(0), parts.get(1));
    }

    /** Renames part {@code id}; returns the reason when refused (a blank name). */
    public Optional<String> rename(String id, String name) {
        return execute(new Rename(id, name));
    }

    // ---- selection -------------------------------------------------------------------------------------------------

    /** Click on a part: selects only it, or with {@code additive} (Shift/Ctrl) toggles it in the selection. */
    public void clickPart(String id, boolean additive) {
        selection.set(additive ? selection.get().togglePart(id) : Selection.ofParts(List.of(id)));
    }

    /** Click on a link: as {@link #clickPart} for links. */
    public void clickLink(String id, boolean additive) {
        selection.set(additive ? selection.get().toggleLink(id) : Selection.ofLink(id));
    }

    /** Rubber band: selects the parts the band touches and the links among them (added to the selection if additive). */
    public void selectArea(javafx.geometry.Bounds world, boolean additive) {
        selection.set(Placement.area(design, world, additive ? selection.get() : Selection.EMPTY));
    }

    public void selectAll() {
        selection.set(new Selection(design.components().stream().map(Component::id).toList(),
                design.links().stream().map(Link::id).toList()));
    }

    public void clearSelection() {
        selection.set(Selection.EMPTY);
    }

    /** Deletes the selected parts (with their links) and links as one step. */
    public void deleteSelection() {
        Selection s = selection.get();
        if (s.isEmpty()) {
            return;
        }
        if (execute(org.archsim.model.edit.CompositeCommand.deleteSelection(design, s.parts(), s.links())).isEmpty()) {
            selection.set(Selection.EMPTY);
        }
    }

    // ---- moving ----------------------------------------------------------------------------------------------------

    /** Mouse pressed on part {@code id} to drag: it joins (or becomes) the selection that moves. */
    public void startMove(String id) {
        moves.start(id);
    }

    /** The drag has moved (dx, dy) world units from where it started; all of it is one undo step. */
    public void moveBy(double dx, double dy, boolean snap) {
        moves.moveBy(dx, dy, snap);
    }

    /** The drag is over: the next drag is a new undo step. */
    public void endMove() {
        moves.end();
    }

    /** Arrow keys: moves the selected parts by (dx, dy); quick repeats merge into one undo step. */
    public void nudge(double dx, double dy, long nowMillis) {
        moves.nudge(dx, dy, nowMillis);
    }

    // ---- change tracking -------------------------------------------------------------------------------------------

    private void designChanged(DesignChange change) {
        if (change.type() != DesignChange.Type.MOVED) {
            structureChanged = true;
        }
    }

    private void stackChanged() {
        if (structureChanged) {
            structureChanged = false;
            problems.set(DesignRules.check(design));
        }
        Selection s = selection.get();
        selection.set(s.retain(id -> design.component(id).isPresent(), id -> design.link(id).isPresent()));
        history.update(stack);
        revision.set(revision.get() + 1);
    }
}
