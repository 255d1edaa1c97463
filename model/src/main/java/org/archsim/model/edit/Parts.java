package org.archsim.model.edit;

import java.util.Set;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/** Helpers the commands share: readable names for labels, fresh ids and positioned copies. */
final class Parts {

    private Parts() {
    }

    /** The display name of a part, or its id when the design does not hold it. */
    static String name(Design d, String id) {
        return d.component(id).map(Component::name).orElse(id);
    }

    /** A link described with the display names of its ends: {@code app → db}. */
    static String linkName(Design d, Link l) {
        return name(d, l.from()) + " → " + name(d, l.to());
    }

    /** The part, or a refusal naming the missing id. */
    static Component require(Design d, String id) {
        return d.component(id).orElseThrow(() -> new EditRefusedException("There is no part \"" + id + "\"."));
    }

    /** The link, or a refusal naming the missing id. */
    static Link requireLink(Design d, String id) {
        return d.link(id).orElseThrow(() -> new EditRefusedException("There is no link \"" + id + "\"."));
    }

    /** {@code n} followed by the singular or plural noun: {@code 1 part}, {@code 3 parts}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * An id for a copy of part {@code base} that neither the design nor {@code taken} uses. A numeric suffix is
     * dropped first so copies of {@code app-2} are numbered {@code app-3}, not {@code app-2-2}.
     */
    static String freshId(Design d, String base, Set<String> taken) {
        String root = base.replaceFirst("-\\d+$", "");
        if (root.isEmpty()) {
            root = base;
        }
        String candidate = d.freshId(root);
        for (int i = 2; taken.contains(candidate); i++) {
            String next = root + "-" + i;
            if (d.component(next).isEmpty()) {
                candidate = next;
            }
        }
        return candidate;
    }

    /**
     * A detached copy of {@code src} under {@code newId} at (x, y) with the same kind and explicit values; its name
     * follows {@link Component#copyAs}: a part still named after its id is named after the new id.
     */
    static Component copyAt(Component src, String newId, double x, double y) {
        // Component exposes no positioned copy; building it in a scratch design keeps to the public API.
        Design scratch = new Design("scratch");
        Component c = new Component(newId, src.kind(), x, y);
        scratch.addComponent(c);
        if (!src.name().equals(src.id())) {
            scratch.rename(newId, src.name());
        }
        src.explicitParams().forEach((k, v) -> scratch.setParam(newId, k, v));
        scratch.removeComponent(newId);
        return c;
    }
}
