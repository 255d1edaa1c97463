package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.metrics.LatencySnapshot;
import org.archsim.sim.report.EndpointStats;
import org.archsim.sim.report.EngineStats;
import org.archsim.sim.report.FailureCount;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.report.SystemStats;
import org.archsim.sim.theory.DesignTheory;

/** Turns the live metrics of a simulation into an immutable {@link SimulationReport}. */
final class ReportBuilder {

    private ReportBuilder() {
    }

    /** The file and report name of a failure reason: {@code QUEUE_FULL} → {@code queue-full}. */
    static String reasonId(FailureReason r) {
        return r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static SimulationReport build(Simulation sim) {
        long now = sim.now();
        double measuredS = Math.max(0, now - sim.warmupUs()) / 1e6;
        Map<String, PartStats> parts = new LinkedHashMap<>();
        long arrivals = 0;
        long stale = 0;
        double cost = 0;
        double costTotal = 0;
        for (Node n : sim.nodes()) {
            parts.put(n.id, part(sim, n, now));
            if (n instanceof ClientNode) {
                arrivals += n.metrics.arrivals;
            }
            stale += n.metrics.staleReads;
            if (n.component.kind().param("costPerHour").isPresent()) {
                // Time-average instances after warm-up for the rate; instance-hours of the whole run for the total.
                double perHour = n.component.doubleParam("costPerHour");
                cost += perHour * n.metrics.instances.average(now);
                costTotal += perHour * n.metrics.instances.integral(now) / 3.6e9;
            }
        }
        SystemMetrics sys = sim.system();
        long completed = sys.completedTotal();
        long errors = sys.errorsTotal();
        SystemStats system = new SystemStats(arrivals, completed, errors, rate(completed, measuredS),
                rate(sys.goodput, measuredS), ratio(errors, completed + errors), sys.total().snapshot(), stale, cost,
                costTotal);
        Map<String, EndpointStats> endpoints = new LinkedHashMap<>();
        for (int i = 0; i < sys.endpoints.size(); i++) {
            if (sys.completed[i] + sys.errors[i] > 0) {
                endpoints.put(sys.endpoints.get(i), new EndpointStats(sys.endpoints.get(i), sys.completed[i],
                        sys.errors[i], 1 - ratio(sys.errors[i], sys.completed[i] + sys.errors[i]),
                        sys.latency[i].snapshot()));
            }
        }
        return new SimulationReport(now / 1e6, measuredS, system, parts, endpoints, failures(sim),
                new EngineStats(sim.engine().eventCount(), sim.wallMs()),
                DesignTheory.predict(sim.design(), sim.scenario()));
    }

    private static PartStats part(Simulation sim, Node n, long now) {
        NodeMetrics m = n.metrics;
        Map<String, Long> byReason = new HashMap<>();
        for (FailureReason r : FailureReason.values()) {
            if (m.errorsByReason[r.ordinal()] > 0) {
                byReason.put(reasonId(r), m.errorsByReason[r.ordinal()]);
            }
        }
        double instances = m.instances.average(now);
        double workers = n.workersPerInstance * Math.max(instances, 1e-9);
        double utilization = n instanceof ClientNode ? 0 : Math.min(1.0, m.busy.average(now) / workers);
        Map<String, Double> extra = new HashMap<>();
        n.extraStats(sim, extra);
        sim.autoscaler().extraStats(n, extra);
        LatencySnapshot latency = m.latency.snapshot();
        return new PartStats(n.id, n.component.kind().id(), m.arrivals, m.completed, m.errors, byReason,
                m.downstreamErrors, utilization, m.waiting.average(now), latency, instances, m.retries, m.fallbacks,
                m.staleReads, extra);
    }

    private static List<FailureCount> failures(Simulation sim) {
        List<FailureCount> out = new ArrayList<>();
        for (FailureReason r : FailureReason.values()) {
            for (Node n : sim.nodes()) {
                long c = sim.system().failures(r, n.index);
                if (c > 0) {
                    out.add(new FailureCount(reasonId(r), n.id, c));
                }
            }
        }
        out.sort(Comparator.comparingLong(FailureCount::count).reversed());
        return out;
    }

    private static double rate(long count, double seconds) {
        return seconds > 0 ? count / seconds : 0;
    }

    private static double ratio(long part, long whole) {
        return whole > 0 ? part / (double) whole : 0;
    }
}
