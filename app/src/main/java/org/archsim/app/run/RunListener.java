package org.archsim.app.run;

import org.archsim.sim.report.SimulationReport;

/**
 * Receives what a live run publishes, always on the JavaFX application thread: a reset when a run starts (or is
 * rewound), then immutable reports at the moments the run reaches. Views such as the metrics dashboard implement it;
 * they never touch the engine.
 */
public interface RunListener {

    /** A new run starts (or the run was rewound to t = 0): forget every earlier figure. */
    void runReset();

    /**
     * The run has reached {@code report.simulatedS()}. Reports arrive in time order, at most a few times per second of
     * wall-clock time; each is cumulative since the end of warm-up.
     */
    void runProgress(SimulationReport report);
}
