package org.archsim.lessons.goal;

import java.util.Map;
import java.util.TreeMap;
import org.archsim.sim.report.EndpointStats;
import org.archsim.sim.report.SimulationReport;

/**
 * A finished run sampled at the moments the goals' windows need: the final report, and the report at each checkpoint,
 * so counts inside a window are the difference between the reports at its ends.
 */
public final class RunResult {

    private final SimulationReport last;
    private final TreeMap<Double, SimulationReport> at;

    /** @param at reports by simulated second (the final one included or not) */
    public RunResult(SimulationReport last, Map<Double, SimulationReport> at) {
        this.last = last;
        this.at = new TreeMap<>(at);
    }

    /** The report at the end of the run. */
    public SimulationReport last() {
        return last;
    }

    /** The report taken at {@code s} seconds; the final one when {@code s} is at or past the end. */
    public SimulationReport at(double s) {
        SimulationReport r = at.get(s);
        if (r != null) {
            return r;
        }
        if (s >= last.simulatedS() - 1e-9) {
            return last;
        }
        throw new IllegalArgumentException("the run was not sampled at " + s + " s");
    }

    /**
     * Completed and failed requests, overall or for one endpoint, over the whole run or inside a window.
     *
     * @return {@code {completed, errors}}, or {@code null} when the endpoint was never seen
     */
    public long[] counts(String endpoint, Window window) {
        long[] end = counts(window == null ? last : at(window.toS()), endpoint);
        if (end == null || window == null) {
            return end;
        }
        long[] start = counts(at(window.fromS()), endpoint);
        return start == null ? end : new long[] {end[0] - start[0], end[1] - start[1]};
    }

    private static long[] counts(SimulationReport r, String endpoint) {
        if (endpoint == null) {
            return new long[] {r.system().completed(), r.system().errors()};
        }
        EndpointStats e = r.endpoints().get(endpoint);
        return e == null ? null : new long[] {e.completed(), e.errors()};
    }
}
