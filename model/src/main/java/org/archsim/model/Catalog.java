package org.archsim.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of part kinds and link parameters. {@link #standard()} is the catalog ArchSim ships; it is immutable
 * and shared.
 *
 * <pre>{@code
 * ComponentKind db = Catalog.standard().kind("database").orElseThrow();
 * int workers = (Integer) db.param("workers").orElseThrow().defaultValue();
 * }</pre>
 */
public final class Catalog {

    private static final Catalog STANDARD = new Catalog(StandardKinds.all(), LinkParams.all());

    private final Map<String, ComponentKind> kinds;
    private final List<ParamSpec> linkParams;

    private Catalog(List<ComponentKind> kinds, List<ParamSpec> linkParams) {
        Map<String, ComponentKind> byId = new LinkedHashMap<>();
        for (ComponentKind k : kinds) {
            if (byId.put(k.id(), k) != null) {
                throw new IllegalArgumentException("kind " + k.id() + " declared twice");
            }
        }
        this.kinds = Collections.unmodifiableMap(byId);
        this.linkParams = List.copyOf(linkParams);
    }

    /** The catalog ArchSim ships. */
    public static Catalog standard() {
        return STANDARD;
    }

    /** All kinds in palette order. */
    public Collection<ComponentKind> kinds() {
        return kinds.values();
    }

    /** The kind with this id, or empty. */
    public Optional<ComponentKind> kind(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    /** The kind with this id; throws {@link IllegalArgumentException} naming the known kinds when absent. */
    public ComponentKind require(String id) {
        ComponentKind k = kinds.get(id);
        if (k == null) {
            throw new IllegalArgumentException("unknown kind \"" + id + "\"; known kinds: " + String.join(", ", kinds.keySet()));
        }
        return k;
    }

    /** The parameters every link has, in inspector order. */
    public List<ParamSpec> linkParams() {
        return linkParams;
    }

    /** The link parameter with this key, or empty. */
    public Optional<ParamSpec> linkParam(String key) {
        return linkParams.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
