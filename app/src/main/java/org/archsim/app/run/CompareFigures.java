package org.archsim.app.run;

import java.util.List;
import java.util.Locale;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.report.SystemStats;

/**
 * The key figures a comparison shows side by side, one row per figure, formatted as the table prints them. Pure:
 * two reports in, rows out, so the table's content is tested without a Stage.
 */
final class CompareFigures {

    /** One row: a figure and its value in each design. */
    record Row(String figure, String a, String b) {
    }

    private CompareFigures() {
    }

    /** The rows comparing design A's report {@code ra} with design B's {@code rb}. */
    static List<Row> rows(SimulationReport ra, SimulationReport rb) {
        SystemStats a = ra.system();
        SystemStats b = rb.system();
        return List.of(
                new Row("Throughput (req/s)", f(a.throughputRps()), f(b.throughputRps())),
                new Row("Goodput (req/s)", f(a.goodputRps()), f(b.goodputRps())),
                new Row("Requests completed", n(a.completed()), n(b.completed())),
                new Row("Errors", n(a.errors()), n(b.errors())),
                new Row("Error rate", pct(a), pct(b)),
                new Row("Latency p50 (ms)", f(a.latency().p50Ms()), f(b.latency().p50Ms())),
                new Row("Latency p95 (ms)", f(a.latency().p95Ms()), f(b.latency().p95Ms())),
                new Row("Latency p99 (ms)", f(a.latency().p99Ms()), f(b.latency().p99Ms())),
                new Row("Cost ($/h)", String.format(Locale.ROOT, "%.2f", a.costPerHour()),
                        String.format(Locale.ROOT, "%.2f", b.costPerHour())));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** Errors over arrivals; a dash when nothing arrived (no rate to show). */
    private static String pct(SystemStats s) {
        return s.arrivals() == 0 ? "—" : String.format(Locale.ROOT, "%.2f %%", 100.0 * s.errors() / s.arrivals());
    }
}
