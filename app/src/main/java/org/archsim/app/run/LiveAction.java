package org.archsim.app.run;

import org.archsim.model.scenario.Fault;
import org.archsim.sim.run.Simulation;

/**
 * One change a learner made to a running simulation, at the simulated time it landed: a fault injected or cleared,
 * or the load slider moved. A run is its design, its scenario and its list of actions: replaying the actions at the
 * same times on a fresh {@link Simulation} gives the same run (rewind and parameter edits rely on that).
 *
 * @param timeUs     simulated time the action was applied, µs
 * @param kind       what was done
 * @param fault      the fault (inject, clear), else null
 * @param multiplier the load multiplier (load), else 1
 */
public record LiveAction(long timeUs, Kind kind, Fault fault, double multiplier) {

    /** What an action does. */
    public enum Kind { INJECT, CLEAR, LOAD }

    public static LiveAction inject(long t, Fault f) {
        return new LiveAction(t, Kind.INJECT, f, 1);
    }

    public static LiveAction clear(long t, Fault f) {
        return new LiveAction(t, Kind.CLEAR, f, 1);
    }

    public static LiveAction load(long t, double m) {
        return new LiveAction(t, Kind.LOAD, null, m);
    }

    /** Applies the action to {@code sim}, which must stand at {@link #timeUs}. */
    public void applyTo(Simulation sim) {
        switch (kind) {
            case INJECT -> sim.inject(fault);
            case CLEAR -> sim.clear(fault);
            case LOAD -> sim.setLiveLoad(multiplier);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** "12.3 s crash db", for the timeline strip. */
    public String describe() {
        String what = switch (kind) {
            case INJECT -> fault.type().fileName() + (fault.target() == null ? "" : " " + fault.target());
            case CLEAR -> "recover " + (fault.target() == null ? "" : fault.target());
            case LOAD -> "load ×" + multiplier;
        };
        return String.format(java.util.Locale.ROOT, "%.1f s %s", timeUs / 1e6, what);
    }
}
