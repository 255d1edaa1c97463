package org.archsim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog entry: one kind of part a learner can place on the canvas, with its parameters declared as data.
 *
 * @param id          the kind id used in files, e.g. {@code load-balancer} (brand-neutral, lower case, stable)
 * @param displayName the name shown in the palette
 * @param category    the palette group
 * @param icon        the icon's file name under {@code assets/icons/}
 * @param description one or two sentences on what the part does in a system
 * @param params      the parameters in the order the inspector shows them; keys are unique
 * @param inbound     whether other parts may send requests to this kind (a client may not)
 * @param outbound    whether this kind may send requests to other parts
 */
public record ComponentKind(String id, String displayName, Category category, String icon, String description,
                            List<ParamSpec> params, boolean inbound, boolean outbound) {

    public ComponentKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(category, "category");
        params = List.copyOf(params);
        Map<String, ParamSpec> seen = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            if (seen.put(p.key(), p) != null) {
                throw new IllegalArgumentException(id + ": parameter " + p.key() + " declared twice");
            }
        }
    }

    /** The spec for {@code key}, or empty when this kind has no such parameter. */
    public Optional<ParamSpec> param(String key) {
        for (ParamSpec p : params) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
