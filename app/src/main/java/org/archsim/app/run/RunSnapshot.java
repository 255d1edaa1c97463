package org.archsim.app.run;

import java.util.List;
import org.archsim.sim.observe.PartNow;
import org.archsim.sim.observe.RequestTrace;
import org.archsim.sim.report.SimulationReport;

/**
 * Everything the views show about a live run at one moment, immutable: the run thread builds one per frame and the
 * FX thread only reads it.
 *
 * @param generation  increases every time the run starts over (reset, rewind, design edit): views forget history
 * @param state       run state
 * @param nowUs       simulated time reached
 * @param durationUs  end of the scenario
 * @param speed       pacing speed
 * @param load        live load multiplier
 * @param report      cumulative report (null before the first)
 * @param parts       each part's state now, design order
 * @param hops        the sampled messages since the previous snapshot
 * @param actions     the live actions applied so far, in time order
 * @param eventsPerS  simulated requests per wall second over the last interval (throughput of the engine)
 * @param traces      the latest traced requests that ended, oldest first (the dashboard's request list); the same
 *                    list object as the previous snapshot's while no new one ended
 */
public record RunSnapshot(long generation, RunState state, long nowUs, long durationUs, double speed, double load,
                          SimulationReport report, List<PartNow> parts, HopBatch hops, List<LiveAction> actions,
                          double eventsPerS, List<RequestTrace> traces) {

    public RunSnapshot {
        parts = List.copyOf(parts);
        actions = List.copyOf(actions);
        traces = List.copyOf(traces);
    }

    /** A snapshot without traced requests (views that draw the run need none). */
    public RunSnapshot(long generation, RunState state, long nowUs, long durationUs, double speed, double load,
                       SimulationReport report, List<PartNow> parts, HopBatch hops, List<LiveAction> actions,
                       double eventsPerS) {
        this(generation, state, nowUs, durationUs, speed, load, report, parts, hops, actions, eventsPerS, List.of());
    }

    /** "12.4 s / 60.0 s". */
    public String clockText() {
        return String.format(java.util.Locale.ROOT, "%.1f s / %.1f s", nowUs / 1e6, durationUs / 1e6);
    }
}
