package org.archsim.model;

/** Told about every change to a design, after it is applied, on the thread that made it. */
@FunctionalInterface
public interface DesignListener {

    /** Called once per elementary change. Must not modify the design. */
    void changed(DesignChange change);
}
