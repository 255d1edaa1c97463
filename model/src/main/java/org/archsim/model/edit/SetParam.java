package org.archsim.model.edit;

import org.archsim.model.Design;
import org.archsim.model.Element;
import org.archsim.model.ParamSpec;

/**
 * Sets a parameter of a part, or with {@code null} resets it to the kind's default. The value is brought to the
 * parameter's type with {@link ParamSpec#normalize} and tested with {@link ParamSpec#check}: an invalid value is
 * refused with an {@link EditRefusedException} whose {@link EditRefusedException#reason() reason} the inspector can
 * show ({@code "must be ≥ 1, was 0"}); it is never clamped. Setting the value already stored is no change.
 *
 * <p>Changes made during the same {@link Gesture} on the same part and key merge into one undo step (a slider).
 */
public final class SetParam extends ParamCommand {

    /** Sets {@code key} of part {@code partId} to {@code value} ({@code null}: the default), as part of a gesture. */
    public SetParam(String partId, String key, Object value, Gesture gesture) {
        super(partId, key, value, gesture);
    }

    /** Sets {@code key} of part {@code partId} to {@code value} ({@code null}: the default). */
    public SetParam(String partId, String key, Object value) {
        this(partId, key, value, null);
    }

    @Override
    Element find(Design d, String id) {
        return Parts.require(d, id);
    }

    @Override
    String describe(Design d, Element e) {
        return Parts.name(d, e.id());
    }

    @Override
    void apply(Design d, String id, String key, Object value) {
        d.setParam(id, key, value);
    }
}
