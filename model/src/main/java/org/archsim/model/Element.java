package org.archsim.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What parts and links share: an immutable id (identity: {@code equals} and {@code hashCode} use it alone, as JGraphT
 * needs a hash that never changes while the element is in a graph) and parameter values.
 *
 * <p>Only the values a design sets explicitly are stored; {@link #param(String)} falls back to the spec's default.
 * Values are changed only through {@link Design}, which fires change events.
 */
public abstract sealed class Element permits Component, Link {

    private final String id;
    private final SortedMap<String, Object> params = new TreeMap<>();

    protected Element(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        this.id = id;
    }

    /** The stable id. */
    public final String id() {
        return id;
    }

    /** The spec of parameter {@code key} for this element, or empty when it has no such parameter. */
    public abstract Optional<ParamSpec> spec(String key);

    /** The value of {@code key}: the explicit one if set, else the default. Throws for an unknown key. */
    public final Object param(String key) {
        Object v = params.get(key);
        if (v != null) {
            return v;
        }
        return spec(key).orElseThrow(() -> new IllegalArgumentException(id + " has no parameter " + key)).defaultValue();
    }

    /** {@link #param(String)} as an int (INT parameters). */
    public final int intParam(String key) {
        return ((Number) param(key)).intValue();
    }

    /** {@link #param(String)} as a double (INT or DECIMAL parameters). */
    public final double doubleParam(String key) {
        return ((Number) param(key)).doubleValue();
    }

    /** {@link #param(String)} as a boolean (BOOL parameters). */
    public final boolean boolParam(String key) {
        return (Boolean) param(key);
    }

    /** {@link #param(String)} as a string (CHOICE and TEXT parameters). */
    public final String textParam(String key) {
        return (String) param(key);
    }

    /** {@link #param(String)} as a weight map (WEIGHTS parameters). */
    @SuppressWarnings("unchecked")
    public final Map<String, Double> weightsParam(String key) {
        return (Map<String, Double>) param(key);
    }

    /** The explicitly set values, sorted by key, read-only. */
    public final SortedMap<String, Object> explicitParams() {
        return Collections.unmodifiableSortedMap(params);
    }

    /** Sets or (with {@code null}) clears an explicit value; the value must already have its type's Java class. */
    final void putParam(String key, Object value) {
        if (value == null) {
            params.remove(key);
        } else {
            params.put(key, value);
        }
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((Element) o).id.equals(id);
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }
}
