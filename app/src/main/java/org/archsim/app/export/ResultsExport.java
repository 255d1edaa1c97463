package org.archsim.app.export;

import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.io.ReportJson;
import org.archsim.sim.metrics.LatencySnapshot;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;

/**
 * A run's figures for spreadsheets and scripts. CSV: one header row and one row per part, in document order, with
 * the columns of {@link #COLUMNS} (RFC 4180 quoting, {@code .} as decimal point, an empty cell for a figure that is
 * not a finite number). JSON: exactly what {@code simulate --json} prints.
 */
public final class ResultsExport {

    /** The CSV columns, in order; {@code docs/export.md} explains each. */
    public static final List<String> COLUMNS = List.of("id", "name", "kind", "arrivals", "completed", "errors",
            "errorRate", "utilization", "meanQueueLength", "latencyMeanMs", "latencyP50Ms", "latencyP95Ms",
            "latencyP99Ms", "latencyMaxMs", "instances", "retries", "fallbacks", "staleReads", "downstreamErrors");

    private ResultsExport() {
    }

    /** The report as CSV; {@code design} supplies display names (a part it lacks is named by its id). */
    public static String csv(SimulationReport report, Design design) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (PartStats p : report.components().values()) {
            String name = design == null ? p.id() : design.component(p.id()).map(c -> c.name()).orElse(p.id());
            LatencySnapshot l = p.latency();
            double errorRate = p.arrivals() == 0 ? 0 : (double) p.errors() / p.arrivals();
            List<String> cells = List.of(quote(p.id()), quote(name), quote(p.kind()), Long.toString(p.arrivals()),
                    Long.toString(p.completed()), Long.toString(p.errors()), num(errorRate), num(p.utilization()),
                    num(p.meanQueueLength()), num(l.meanMs()), num(l.p50Ms()), num(l.p95Ms()), num(l.p99Ms()),
                    num(l.maxMs()), num(p.instances()), Long.toString(p.retries()), Long.toString(p.fallbacks()),
                    Long.toString(p.staleReads()), Long.toString(p.downstreamErrors()));
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    /** The report as the JSON object of {@code simulate --json}. */
    public static String json(SimulationReport report, Scenario scenario) {
        return ReportJson.toJson(report, scenario);
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        // Six significant digits, plain notation: what a spreadsheet reads back without surprises.
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
