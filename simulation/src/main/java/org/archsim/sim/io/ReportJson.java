package org.archsim.sim.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.metrics.LatencySnapshot;
import org.archsim.sim.report.EndpointStats;
import org.archsim.sim.report.FailureCount;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.report.TheoryReport;

/**
 * Writes a {@link SimulationReport} as the JSON object the {@code simulate --json} contract fixes (FORMATS.md):
 * {@code system}, {@code components.<id>}, {@code engine}, plus {@code scenario}, {@code endpoints},
 * {@code failures} and {@code theory}. Field order is stable; non-finite numbers are written as {@code null}.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** The report as pretty-printed JSON text, ending with a newline. */
    public static String toJson(SimulationReport r, Scenario scenario) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode sc = root.putObject("scenario");
        sc.put("durationS", scenario.durationS());
        sc.put("warmupS", scenario.warmupS());
        sc.put("seed", scenario.seed());
        sc.put("measuredS", r.measuredS());
        ObjectNode sys = root.putObject("system");
        sys.put("arrivals", r.system().arrivals());
        sys.put("completed", r.system().completed());
        sys.put("errors", r.system().errors());
        num(sys, "throughputRps", r.system().throughputRps());
        num(sys, "goodputRps", r.system().goodputRps());
        num(sys, "errorRate", r.system().errorRate());
        latency(sys, r.system().latency());
        sys.put("staleReads", r.system().staleReads());
        num(sys, "costPerHour", r.system().costPerHour());
        num(sys, "cost", r.system().cost());
        ObjectNode comps = root.putObject("components");
        for (PartStats p : r.components().values()) {
            part(comps.putObject(p.id()), p, r.theory());
        }
        ObjectNode eps = root.putObject("endpoints");
        for (EndpointStats e : r.endpoints().values()) {
            ObjectNode o = eps.putObject(e.endpoint());
            o.put("completed", e.completed());
            o.put("errors", e.errors());
            num(o, "availability", e.availability());
            latency(o, e.latency());
        }
        var failures = root.putArray("failures");
        for (FailureCount f : r.failures()) {
            failures.addObject().put("reason", f.reason()).put("where", f.where()).put("count", f.count());
        }
        ObjectNode theory = root.putObject("theory");
        theory.put("applicable", r.theory().applicable());
        if (r.theory().applicable()) {
            num(theory, "meanLatencyMs", r.theory().meanLatencyMs());
        } else {
            theory.put("reason", r.theory().reason());
        }
        ObjectNode engine = root.putObject("engine");
        engine.put("events", r.engine().events());
        engine.put("wallMs", r.engine().wallMs());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write report", e);
        }
    }

    private static void part(ObjectNode o, PartStats p, TheoryReport theory) {
        o.put("kind", p.kind());
        o.put("arrivals", p.arrivals());
        o.put("completed", p.completed());
        o.put("errors", p.errors());
        num(o, "utilization", p.utilization());
        num(o, "meanQueueLength", p.meanQueueLength());
        latency(o, p.latency());
        ObjectNode reasons = o.putObject("errorsByReason");
        new java.util.TreeMap<>(p.errorsByReason()).forEach(reasons::put);
        o.put("downstreamErrors", p.downstreamErrors());
        num(o, "instances", p.instances());
        o.put("retries", p.retries());
        o.put("fallbacks", p.fallbacks());
        o.put("staleReads", p.staleReads());
        for (Map.Entry<String, Double> e : p.extra().entrySet()) {
            num(o, e.getKey(), e.getValue());
        }
        theory.part(p.id()).ifPresent(t -> {
            ObjectNode th = o.putObject("theory");
            th.put("model", t.model());
            num(th, "arrivalRps", t.arrivalRps());
            num(th, "utilization", t.utilization());
            num(th, "meanSojournMs", t.meanSojournMs());
            num(th, "meanQueueLength", t.meanQueueLength());
            th.put("stable", t.stable());
        });
    }

    private static void latency(ObjectNode parent, LatencySnapshot l) {
        ObjectNode o = parent.putObject("latencyMs");
        num(o, "mean", l.meanMs());
        num(o, "p50", l.p50Ms());
        num(o, "p95", l.p95Ms());
        num(o, "p99", l.p99Ms());
        num(o, "max", l.maxMs());
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
