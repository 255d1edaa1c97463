package org.archsim.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.Scenario;

/**
 * Where the timeline draws its marks, with no JavaFX: which marks a run has (the scenario's scheduled faults and the
 * live actions), where each falls on the track ({@link #x}), which marks sit too close to draw apart and so share one
 * mark ({@link #place}), the mark under the pointer ({@link #hit}) and what a mark's tooltip says.
 *
 * <p>Scheduled and live marks have lanes of their own (above and below the track line), so they are grouped only with
 * marks of their own kind and never hide each other.
 */
final class TimelineMarks {

    /** Width of a mark on screen, px; marks closer than {@link #MIN_GAP} share one. */
    static final double MARK_W = 10;
    /** Marks whose centres are nearer than this are drawn as one group. */
    static final double MIN_GAP = MARK_W + 2;
    /** A tooltip lists at most this many marks, then says how many more the group holds. */
    static final int TIP_LINES = 12;

    /** Which lane a mark is in: faults the scenario schedules, or actions taken during the run. */
    enum Kind { SCHEDULED, LIVE }

    /**
     * One mark: a fault starting, or something done to the run, at a simulated time.
     *
     * @param timeS simulated time, s
     * @param kind  scheduled or live
     * @param what  what happens, e.g. "crash catalog-db"
     */
    record Mark(double timeS, Kind kind, String what) {

        /** "30.0 s: crash catalog-db". */
        String text() {
            return String.format(Locale.ROOT, "%.1f s: %s", timeS, what);
        }
    }

    /**
     * Marks drawn as one, at {@code x}: one mark or several too close together to tell apart.
     *
     * @param kind  the lane
     * @param x     centre on the track, px in the slider's coordinates
     * @param marks its marks in time order (at least one)
     */
    record Group(Kind kind, double x, List<Mark> marks) {

        public Group {
            marks = List.copyOf(marks);
        }

        /** One line a mark, in time order; a crowded group lists {@link #TIP_LINES} and counts the rest. */
        String tooltip() {
            StringBuilder sb = new StringBuilder();
            int shown = Math.min(marks.size(), TIP_LINES);
            for (int i = 0; i < shown; i++) {
                sb.append(i == 0 ? "" : "\n").append(marks.get(i).text());
            }
            if (marks.size() > shown) {
                sb.append("\n… and ").append(marks.size() - shown).append(" more");
            }
            return sb.toString();
        }
    }

    private TimelineMarks() {
    }

    /**
     * The marks of a run under {@code scenario} with {@code actions} applied: each scheduled fault at its start (one
     * starting after the scenario's end never happens and has none), then each live action. Actions at one instant
     * that read the same (Recover clears several faults at once) are one mark.
     */
    static List<Mark> of(Scenario scenario, List<LiveAction> actions) {
        List<Mark> out = new ArrayList<>();
        for (Fault f : scenario.faults()) {
            if (f.atS() <= scenario.durationS()) {
                out.add(new Mark(f.atS(), Kind.SCHEDULED, what(f)));
            }
        }
        Mark last = null;
        for (LiveAction a : actions) {
            Mark m = new Mark(a.timeUs() / 1e6, Kind.LIVE, what(a));
            if (!m.equals(last)) {
                out.add(m);
            }
            last = m;
        }
        return out;
    }

    /**
     * The centre of a mark at {@code timeS} on a track that maps 0 to {@code trackStart} and {@code durationS} to
     * {@code trackStart + trackLength} (as the slider moves its thumb's centre), clamped to the track.
     */
    static double x(double timeS, double durationS, double trackStart, double trackLength) {
        double f = durationS <= 0 ? 0 : Math.max(0, Math.min(1, timeS / durationS));
        return trackStart + f * trackLength;
    }

    /**
     * The groups to draw, lane by lane in time order: walking along the track, a mark nearer than {@link #MIN_GAP}
     * to the first mark of the open group joins it (so no group is wider than the gap); a group sits at the middle of
     * its first and last mark.
     */
    static List<Group> place(List<Mark> marks, double durationS, double trackStart, double trackLength) {
        List<Group> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            List<Mark> lane = marks.stream().filter(m -> m.kind() == k)
                    .sorted(java.util.Comparator.comparingDouble(Mark::timeS)).toList();
            List<Mark> open = new ArrayList<>();
            double first = 0;
            double lastX = 0;
            for (Mark m : lane) {
                double at = x(m.timeS(), durationS, trackStart, trackLength);
                if (!open.isEmpty() && at - first >= MIN_GAP) {
                    out.add(new Group(k, (first + lastX) / 2, open));
                    open = new ArrayList<>();
                }
                if (open.isEmpty()) {
                    first = at;
                }
                open.add(m);
                lastX = at;
            }
            if (!open.isEmpty()) {
                out.add(new Group(k, (first + lastX) / 2, open));
            }
        }
        return out;
    }

    /**
     * The group under the pointer at {@code x}, in lane {@code lane} when the pointer is over one (null: either), or
     * null: the nearest whose centre is within half a mark and a pixel.
     */
    static Group hit(List<Group> groups, double x, Kind lane) {
        Group best = null;
        double reach = MARK_W / 2 + 1;
        for (Group g : groups) {
            double d = Math.abs(g.x() - x);
            if ((lane == null || g.kind() == lane) && d <= reach && (best == null || d < Math.abs(best.x() - x))) {
                best = g;
            }
        }
        return best;
    }

    /** "crash catalog-db", "slow-down catalog ×4", "partition readers, app-b", "traffic-spike ×3 for 10 s"... */
    static String what(Fault f) {
        StringBuilder sb = new StringBuilder(f.type().fileName());
        if (f.target() != null) {
            sb.append(' ').append(f.target());
        }
        if (!f.targets().isEmpty()) {
            sb.append(' ').append(String.join(", ", f.targets()));
        }
        if (f.factor() != null) {
            sb.append(" ×").append(number(f.factor()));
        }
        if (f.multiplier() != null) {
            sb.append(" ×").append(number(f.multiplier()));
        }
        if (f.lagMs() != null) {
            sb.append(" +").append(number(f.lagMs())).append(" ms");
        }
        if (f.rate() != null) {
            sb.append(' ').append(number(f.rate() * 100)).append('%');
        }
        if (f.durationS() != null) {
            sb.append(" for ").append(number(f.durationS())).append(" s");
        }
        return sb.toString();
    }

    /** What a live action did: the fault injected, "recover db" / "heal a->b" for a clear, "load ×2.5". */
    static String what(LiveAction a) {
        return switch (a.kind()) {
            case INJECT -> what(a.fault());
            case CLEAR -> (isLink(a.fault().target()) ? "heal " : "recover ") + clearTarget(a.fault());
            case LOAD -> String.format(Locale.ROOT, "load ×%.1f", a.multiplier());
        };
    }

    private static String clearTarget(Fault f) {
        return f.target() != null ? f.target() : String.join(", ", f.targets());
    }

    private static boolean isLink(String target) {
        return target != null && target.contains("->");
    }

    /** 4 → "4", 2.5 → "2.5", 0.125 → "0.125": as the scenario file would say it. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
