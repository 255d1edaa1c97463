package org.archsim.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.archsim.model.Component;
import org.archsim.model.Design;

/**
 * Moves one or many parts to absolute positions. Undo puts every part back where it was.
 *
 * <p>Merging: a move made during the same {@link Gesture} on the same set of parts is absorbed, so a whole drag is one
 * undo step. A drag that ends where it started is no change and disappears from the history.
 *
 * <p>Refused (before any change) when a part is missing or a coordinate is not finite.
 */
public final class Move implements Command {

    private Map<String, Point> targets;
    private final Gesture gesture;
    private final Map<String, Point> before = new LinkedHashMap<>();
    private String label;

    /** Moves each part of {@code targets} (id to position) as part of {@code gesture}, which may be null. */
    public Move(Map<String, Point> targets, Gesture gesture) {
        this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(targets, "targets")));
        this.gesture = gesture;
    }

    /** Moves each part of {@code targets} (id to position), not part of a gesture. */
    public Move(Map<String, Point> targets) {
        this(targets, null);
    }

    /** Moves one part to (x, y). */
    public static Move to(String partId, double x, double y) {
        return new Move(Map.of(partId, new Point(x, y)));
    }

    /**
     * Moves the parts {@code partIds} by (dx, dy) from where they are now in {@code d}, as part of {@code gesture}
     * (may be null). Refused when a part is missing.
     */
    public static Move by(Design d, Collection<String> partIds, double dx, double dy, Gesture gesture) {
        Map<String, Point> t = new LinkedHashMap<>();
        for (String id : partIds) {
            Component c = Parts.require(d, id);
            t.put(id, new Point(c.x() + dx, c.y() + dy));
        }
        return new Move(t, gesture);
    }

    /** The target positions, by part id. */
    public Map<String, Point> targets() {
        return targets;
    }

    /** The gesture this move belongs to, if any. */
    public Optional<Gesture> gesture() {
        return Optional.ofNullable(gesture);
    }

    @Override
    public void execute(Design d) {
        List<Component> parts = new ArrayList<>();
        for (Map.Entry<String, Point> e : targets.entrySet()) {
            if (!e.getValue().isFinite()) {
                throw new EditRefusedException("A part's position must be a finite number.");
            }
            parts.add(Parts.require(d, e.getKey()));
        }
        before.clear();
        for (Component c : parts) {
            before.put(c.id(), Point.of(c));
        }
        if (label == null) {
            label = parts.size() == 1 ? "Move " + parts.get(0).name() : "Move " + Parts.count(parts.size(), "part");
        }
        for (Component c : parts) {
            Point p = targets.get(c.id());
            if (!p.isAt(c)) {
                d.move(c.id(), p.x(), p.y());
            }
        }
    }

    @Override
    public void undo(Design d) {
        for (Map.Entry<String, Point> e : before.entrySet()) {
            Component c = d.requireComponent(e.getKey());
            if (!e.getValue().isAt(c)) {
                d.move(c.id(), e.getValue().x(), e.getValue().y());
            }
        }
    }

    @Override
    public String label() {
        if (label != null) {
            return label;
        }
        return targets.size() == 1 ? "Move " + targets.keySet().iterator().next()
                : "Move " + Parts.count(targets.size(), "part");
    }

    @Override
    public boolean isChange() {
        for (Map.Entry<String, Point> e : before.entrySet()) {
            if (!e.getValue().samePlace(targets.get(e.getKey()))) {
                return true;
            }
        }
        return before.isEmpty() && !targets.isEmpty();
    }

    @Override
    public boolean mergeWith(Command next) {
        if (gesture == null || !(next instanceof Move m) || m.gesture != gesture
                || !m.targets.keySet().equals(targets.keySet())) {
            return false;
        }
        targets = m.targets;
        return true;
    }

    @Override
    public String toString() {
        return label();
    }
}
