package org.archsim.app.cli;

import java.util.Locale;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.metrics.LatencySnapshot;
import org.archsim.sim.report.FailureCount;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.report.TheoryReport;

/** Formats a simulation report for a person reading a terminal: a system line, a table of parts, failures, theory. */
final class ReportText {

    private ReportText() {
    }

    static String format(String designName, Scenario scenario, SimulationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s — %s s simulated (%s s warm-up left out), seed %d%n", designName,
                num(scenario.durationS()), num(scenario.warmupS()), scenario.seed()));
        var s = r.system();
        sb.append(String.format(Locale.ROOT, "System: %,d requests completed, %.1f req/s (goodput %.1f), errors %.2f%%%n",
                s.completed(), s.throughputRps(), s.goodputRps(), 100 * s.errorRate()));
        sb.append("        latency ").append(latency(s.latency()));
        if (s.staleReads() > 0) {
            sb.append(String.format(Locale.ROOT, ", %,d stale reads", s.staleReads()));
        }
        sb.append(String.format(Locale.ROOT, ", cost $%.2f/h ($%.4f for the run)%n", s.costPerHour(), s.cost()));
        TheoryReport t = r.theory();
        if (t.applicable()) {
            sb.append(String.format(Locale.ROOT, "Theory: mean latency %s ms (queueing network; simulated %s ms)%n",
                    ms(t.meanLatencyMs()), ms(s.latency().meanMs())));
        } else {
            sb.append("Theory: no closed form — ").append(t.reason()).append('\n');
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-16s %-13s %10s %10s %7s %8s %9s %9s %8s  %s%n", "part", "kind", "arrivals",
                "completed", "util", "queue", "mean ms", "p99 ms", "errors", t.applicable() ? "theory util / mean ms" : ""));
        for (PartStats p : r.components().values()) {
            String theory = t.part(p.id()).map(pt -> String.format(Locale.ROOT, "%5.1f%% / %s  %s",
                    100 * pt.utilization(), ms(pt.meanSojournMs()), pt.model())).orElse("");
            boolean client = p.kind().equals("client");
            sb.append(String.format(Locale.ROOT, "%-16s %-13s %,10d %,10d %7s %8s %9s %9s %,8d  %s%n", clip(p.id(), 16),
                    p.kind(), p.arrivals(), p.completed(), client ? "" : String.format(Locale.ROOT, "%.1f%%",
                            100 * p.utilization()), client ? "" : String.format(Locale.ROOT, "%.2f", p.meanQueueLength()),
                    ms(p.latency().meanMs()), ms(p.latency().p99Ms()), p.errors(), theory).stripTrailing()).append('\n');
        }
        sb.append(dataLines(r));
        if (!r.failures().isEmpty()) {
            sb.append("\nWhy requests failed:\n");
            for (FailureCount f : r.failures()) {
                sb.append(String.format(Locale.ROOT, "  %-20s at %-16s %,d%n", f.reason(), f.where(), f.count()));
            }
        }
        sb.append(String.format(Locale.ROOT, "%nEngine: %,d events in %,d ms%n", r.engine().events(), r.engine().wallMs()));
        return sb.toString();
    }

    /** Cache hit ratios, stale reads and resharding figures per part, when there are any. */
    private static String dataLines(SimulationReport r) {
        StringBuilder d = new StringBuilder();
        for (PartStats p : r.components().values()) {
            Double ratio = p.extra().get("hitRatio");
            double lookups = p.extra().getOrDefault("hits", 0.0) + p.extra().getOrDefault("misses", 0.0);
            if (ratio != null && lookups > 0) {
                d.append(String.format(Locale.ROOT, "  %-16s hit ratio %.1f%% (%,.0f hits, %,.0f misses)%n",
                        clip(p.id(), 16), 100 * ratio, p.extra().get("hits"), p.extra().get("misses")));
            }
            if (p.staleReads() > 0) {
                d.append(String.format(Locale.ROOT, "  %-16s %,d stale reads%n", clip(p.id(), 16), p.staleReads()));
            }
            Double moved = p.extra().get("keysMoved");
            if (moved != null) {
                d.append(String.format(Locale.ROOT, "  %-16s shards changed: %.1f%% of keys moved, %.1f%% onto this "
                        + "shard, %,.0f copies done%n", clip(p.id(), 16), 100 * moved,
                        100 * p.extra().getOrDefault("keysMovedIn", 0.0), p.extra().getOrDefault("migrations", 0.0)));
            }
        }
        return d.length() == 0 ? "" : "\nData:\n" + d;
    }

    private static String latency(LatencySnapshot l) {
        return String.format(Locale.ROOT, "mean %s ms, p50 %s, p95 %s, p99 %s, max %s", ms(l.meanMs()), ms(l.p50Ms()),
                ms(l.p95Ms()), ms(l.p99Ms()), ms(l.maxMs()));
    }

    private static String ms(double v) {
        if (!Double.isFinite(v)) {
            return "∞";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
