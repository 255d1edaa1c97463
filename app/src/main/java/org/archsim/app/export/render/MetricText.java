package org.archsim.app.export.render;

import java.util.Locale;
import org.archsim.sim.report.PartStats;

/** Short figures for the metrics overlay: {@code busy 63% · err 0.4% · p99 12 ms}. */
final class MetricText {

    private MetricText() {
    }

    /** The metrics line under a part's card. */
    static String line(PartStats p) {
        StringBuilder sb = new StringBuilder();
        if (p.kind().equals("client")) {
            sb.append("sent ").append(count(p.arrivals()));
        } else {
            sb.append("busy ").append(percent(p.utilization()));
        }
        sb.append(" · err ").append(percent(errorRate(p)));
        if (!p.kind().equals("client") && p.latency().count() > 0) {
            sb.append(" · p99 ").append(ms(p.latency().p99Ms()));
        }
        return sb.toString();
    }

    /** Errors per arrival, 0 when nothing arrived. */
    static double errorRate(PartStats p) {
        return p.arrivals() == 0 ? 0 : (double) p.errors() / p.arrivals();
    }

    static String percent(double fraction) {
        double v = 100 * fraction;
        if (v > 0 && v < 0.1) {
            return "<0.1%";
        }
        return v >= 10 || v == 0 ? String.format(Locale.ROOT, "%.0f%%", v) : String.format(Locale.ROOT, "%.1f%%", v);
    }

    static String count(long n) {
        if (n >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", n / 1e6);
        }
        return n >= 10_000 ? String.format(Locale.ROOT, "%.1fk", n / 1e3) : Long.toString(n);
    }

    static String ms(double v) {
        return v >= 10 ? String.format(Locale.ROOT, "%.0f ms", v) : String.format(Locale.ROOT, "%.1f ms", v);
    }
}
