package org.archsim.app.run;

import org.archsim.sim.observe.PartNow;
import org.archsim.sim.report.PartStats;

/** The one line of live figures under a part's card: "62% busy · queue 4 · ×3 · hits 71% · lag 205 ms". */
final class PartFigures {

    private PartFigures() {
    }

    /** The figures of part {@code n} now, with its cache hit ratio from {@code st} (null before the first report). */
    static String line(PartNow n, PartStats st) {
        StringBuilder sb = new StringBuilder();
        if (n.capacity() < Integer.MAX_VALUE / 8) { // parts without a worker limit have no utilisation to speak of
            sb.append(Math.round(n.utilisation() * 100)).append("% busy");
        }
        if (n.queued() > 0) {
            sb.append(sb.isEmpty() ? "" : " · ").append("queue ").append(n.queued());
        }
        if (n.instances() > 1) {
            sb.append(sb.isEmpty() ? "" : " · ").append("×").append(n.instances());
        }
        if (st != null && st.extra().containsKey("hitRatio")) {
            sb.append(sb.isEmpty() ? "" : " · ").append("hits ").append(Math.round(st.extra().get("hitRatio") * 100))
                    .append("%");
        }
        if (!Double.isNaN(n.replicaLagMs())) { // measured by the engine: commit on the primary to apply here
            sb.append(sb.isEmpty() ? "" : " · ").append("lag ").append(lagText(n.replicaLagMs()));
        }
        return sb.toString();
    }

    /** "85 ms", "2.2 s", "95 s". */
    static String lagText(double ms) {
        return ms < 1000 ? Math.round(ms) + " ms"
                : ms < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000) : Math.round(ms / 1000) + " s";
    }
}
