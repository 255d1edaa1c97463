package org.archsim.app.editor;

import java.util.Optional;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Decides, while the learner drags a new link, whether it may be made, and says why not in their words. The model
 * refuses self-links and duplicates; the direction rules of the catalog (a client only sends, blob storage only
 * answers) are design-rule errors there, but the editor refuses them up front because such a link is never what the
 * learner meant.
 */
public final class ConnectRules {

    private ConnectRules() {
    }

    /** Empty when {@code from → to} may be added to {@code d}, else the reason it may not. */
    public static Optional<String> refusal(Design d, String from, String to) {
        Optional<Component> a = d.component(from);
        Optional<Component> b = d.component(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.of("Both ends of a link must be parts of the design.");
        }
        if (from.equals(to)) {
            return Optional.of("A part cannot send requests to itself.");
        }
        if (d.link(Link.idOf(from, to)).isPresent()) {
            return Optional.of("\"" + a.get().name() + "\" already sends requests to \"" + b.get().name() + "\".");
        }
        if (!b.get().kind().inbound()) {
            return Optional.of(b.get().kind().displayName() + " only send requests; they cannot receive them.");
        }
        if (!a.get().kind().outbound()) {
            return Optional.of(a.get().kind().displayName() + " only answers requests; it cannot call other parts.");
        }
        return Optional.empty();
    }
}
