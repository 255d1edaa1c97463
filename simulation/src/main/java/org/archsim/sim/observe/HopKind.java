package org.archsim.sim.observe;

/** What a message on a link is. */
public enum HopKind {
    /** A call leaving its caller for the callee. */
    REQUEST,
    /** A successful answer leaving the callee for its caller. */
    RESPONSE,
    /** A failed answer leaving the callee, or a call lost on the way (at the moment it is sent). */
    FAILURE
}
