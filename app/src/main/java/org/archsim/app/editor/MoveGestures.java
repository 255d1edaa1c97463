package org.archsim.app.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.archsim.model.edit.Gesture;
import org.archsim.model.edit.Move;
import org.archsim.model.edit.Point;

/**
 * Moving parts with the mouse or the arrow keys. A drag computes absolute targets from where each part was when the
 * drag began (so snapping never accumulates error) and tags every step with one {@link Gesture}, which the undo stack
 * merges into a single step. Arrow-key nudges closer together than {@link #NUDGE_MERGE_MS} merge the same way.
 */
final class MoveGestures {

    /** Consecutive arrow-key nudges within this many milliseconds are one undo step. */
    static final long NUDGE_MERGE_MS = 1000;

    private final EditorViewModel vm;
    private Gesture drag;
    private Map<String, Point> origins = Map.of();
    private Gesture nudge;
    private long lastNudge;

    MoveGestures(EditorViewModel vm) {
        this.vm = vm;
    }

    void reset() {
        drag = null;
        origins = Map.of();
        nudge = null;
    }

    void start(String id) {
        if (!vm.selection().containsPart(id)) {
            vm.selectionProperty().set(Selection.ofParts(List.of(id)));
        }
        drag = Gesture.begin("drag");
        origins = new LinkedHashMap<>();
        for (String p : vm.selection().parts()) {
            vm.design().component(p).ifPresent(c -> origins.put(p, Point.of(c)));
        }
    }

    void moveBy(double dx, double dy, boolean snap) {
        if (drag == null || origins.isEmpty()) {
            return;
        }
        Map<String, Point> targets = new LinkedHashMap<>();
        origins.forEach((id, o) -> targets.put(id, snap
                ? new Point(CardGeometry.snap(o.x() + dx), CardGeometry.snap(o.y() + dy))
                : new Point(o.x() + dx, o.y() + dy)));
        vm.execute(new Move(targets, drag));
    }

    void end() {
        drag = null;
        origins = Map.of();
    }

    void nudge(double dx, double dy, long nowMillis) {
        List<String> parts = vm.selection().parts();
        if (parts.isEmpty()) {
            return;
        }
        if (nudge == null || nowMillis - lastNudge > NUDGE_MERGE_MS) {
            nudge = Gesture.begin("nudge");
        }
        lastNudge = nowMillis;
        vm.execute(Move.by(vm.design(), parts, dx, dy, nudge));
    }
}
