package org.archsim.lessons.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Removes one part ({@code removePart}) or every part of a kind ({@code removeKind}). With {@code bypass}, each caller
 * of a removed part is linked straight to the removed part's own targets (keeping the caller's link settings), so
 * taking a cache out leaves the service talking to the database instead of to nothing.
 *
 * @param kind   kind id to remove, or {@code null}
 * @param part   part id to remove, or {@code null} (exactly one of kind and part is set)
 * @param bypass reconnect callers to the removed parts' targets
 */
public record RemoveParts(String kind, String part, boolean bypass) implements Mutation {

    @Override
    public Optional<String> problemWith(Design design) {
        if (part != null) {
            return design.component(part).isPresent() ? Optional.empty()
                    : Optional.of("the solution has no part \"" + part + "\"");
        }
        return targets(design).isEmpty() ? Optional.of("the solution has no part of kind \"" + kind + "\"")
                : Optional.empty();
    }

    private List<String> targets(Design d) {
        return d.components().stream().filter(c -> part != null ? c.id().equals(part) : c.kind().id().equals(kind))
                .map(Component::id).toList();
    }

    @Override
    public void applyTo(Design d) {
        List<String> ids = targets(d);
        for (String id : ids) {
            List<Link> in = new ArrayList<>(d.incoming(id));
            List<Link> out = new ArrayList<>(d.outgoing(id));
            in.forEach(l -> d.disconnect(l.id()));
            out.forEach(l -> d.disconnect(l.id()));
            d.removeComponent(id);
            if (!bypass) {
                continue;
            }
            for (Link i : in) {
                for (Link o : out) {
                    if (i.from().equals(o.to()) || d.link(Link.idOf(i.from(), o.to())).isPresent()
                            || d.component(i.from()).isEmpty() || d.component(o.to()).isEmpty()) {
                        continue;
                    }
                    Link l = new Link(i.from(), o.to());
                    d.connect(l);
                    i.explicitParams().forEach((k, v) -> d.setLinkParam(l.id(), k, v));
                }
            }
        }
    }

    @Override
    public String describe() {
        String what = part != null ? "part " + part : "every part of kind " + kind;
        return "remove " + what + (bypass ? " (linking its callers to its targets)" : "");
    }
}
