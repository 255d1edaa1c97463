package org.archsim.model;

/**
 * One change to a {@link Design}, as told to {@link DesignListener}s after it happened.
 *
 * @param type what changed
 * @param id   the part or link concerned (the design's name for {@link Type#NAME_CHANGED})
 * @param key  the parameter key for parameter changes, otherwise {@code null}
 */
public record DesignChange(Type type, String id, String key) {

    /** The kinds of change. */
    public enum Type {
        COMPONENT_ADDED, COMPONENT_REMOVED, LINK_ADDED, LINK_REMOVED, MOVED, RENAMED, PARAM_CHANGED, LINK_PARAM_CHANGED,
        NAME_CHANGED
    }
}
