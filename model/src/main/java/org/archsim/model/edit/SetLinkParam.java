package org.archsim.model.edit;

import org.archsim.model.Design;
import org.archsim.model.Element;
import org.archsim.model.Link;

/**
 * Sets a parameter of a link ({@code timeoutMs}, {@code retries}, ...), or with {@code null} resets it to the default.
 * Validation, refusal, no-op detection and gesture merging work as for {@link SetParam}.
 */
public final class SetLinkParam extends ParamCommand {

    /** Sets {@code key} of link {@code linkId} to {@code value} ({@code null}: the default), as part of a gesture. */
    public SetLinkParam(String linkId, String key, Object value, Gesture gesture) {
        super(linkId, key, value, gesture);
    }

    /** Sets {@code key} of link {@code linkId} to {@code value} ({@code null}: the default). */
    public SetLinkParam(String linkId, String key, Object value) {
        this(linkId, key, value, null);
    }

    @Override
    Element find(Design d, String id) {
        return Parts.requireLink(d, id);
    }

    @Override
    String describe(Design d, Element e) {
        return Parts.linkName(d, (Link) e);
    }

    @Override
    void apply(Design d, String id, String key, Object value) {
        d.setLinkParam(id, key, value);
    }
}
