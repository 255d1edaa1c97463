package org.archsim.model.edit;

import java.util.Objects;
import java.util.Optional;
import org.archsim.model.Design;
import org.archsim.model.Element;
import org.archsim.model.ParamSpec;

/**
 * What {@link SetParam} and {@link SetLinkParam} share: validation against the {@link ParamSpec} ({@code normalize},
 * then {@code check}; an invalid value is refused, never clamped), {@code null} as "back to the default", no-op
 * detection on the explicit value, and merging of slider gestures on the same element and key.
 */
abstract class ParamCommand implements Command {

    private final String elementId;
    private final String key;
    private final Gesture gesture;
    private Object requested;
    private Object oldValue;
    private Object newValue;
    private String subject;
    private boolean executed;

    ParamCommand(String elementId, String key, Object value, Gesture gesture) {
        this.elementId = Objects.requireNonNull(elementId, "elementId");
        this.key = Objects.requireNonNull(key, "key");
        this.requested = value;
        this.gesture = gesture;
    }

    /** The element in {@code d}, or a refusal when it is missing. */
    abstract Element find(Design d, String id);

    /** How the element is named in labels and messages ({@code app}, {@code app → db}). */
    abstract String describe(Design d, Element e);

    /** Applies the primitive change ({@code null} clears the explicit value). */
    abstract void apply(Design d, String id, String key, Object value);

    /** The id of the part or link. */
    public final String elementId() {
        return elementId;
    }

    /** The parameter key. */
    public final String key() {
        return key;
    }

    /** The requested value as given; {@code null} means back to the default. */
    public final Object value() {
        return requested;
    }

    /** The gesture this change belongs to, if any. */
    public final Optional<Gesture> gesture() {
        return Optional.ofNullable(gesture);
    }

    @Override
    public final void execute(Design d) {
        Element e = find(d, elementId);
        String who = describe(d, e);
        ParamSpec spec = e.spec(key).orElseThrow(() -> new EditRefusedException(
                who + " has no parameter \"" + key + "\".", "unknown parameter \"" + key + "\""));
        Object value = null;
        if (requested != null) {
            Optional<Object> normalized = spec.normalize(requested);
            Optional<String> problem = spec.check(normalized.orElse(requested));
            if (problem.isPresent()) {
                throw new EditRefusedException(key + " of " + who + " " + problem.get() + ".", problem.get());
            }
            value = normalized.orElseThrow();
        }
        Object old = e.explicitParams().get(key);
        if (!Objects.equals(old, value)) {
            apply(d, elementId, key, value);
        }
        oldValue = old;
        newValue = value;
        if (subject == null) {
            subject = who;
        }
        executed = true;
    }

    @Override
    public final void undo(Design d) {
        if (!Objects.equals(oldValue, newValue)) {
            apply(d, elementId, key, oldValue);
        }
    }

    @Override
    public final String label() {
        return (requested == null ? "Reset " : "Set ") + key + " of " + (subject != null ? subject : elementId);
    }

    @Override
    public final boolean isChange() {
        return !executed || !Objects.equals(oldValue, newValue);
    }

    @Override
    public final boolean mergeWith(Command next) {
        if (gesture == null || next == null || next.getClass() != getClass()) {
            return false;
        }
        ParamCommand p = (ParamCommand) next;
        if (p.gesture != gesture || !p.elementId.equals(elementId) || !p.key.equals(key)) {
            return false;
        }
        requested = p.requested;
        newValue = p.newValue;
        return true;
    }

    @Override
    public final String toString() {
        return label();
    }
}
