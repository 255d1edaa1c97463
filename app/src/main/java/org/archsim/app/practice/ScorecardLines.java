package org.archsim.app.practice;

import java.util.List;
import org.archsim.lessons.practice.Estimate;
import org.archsim.lessons.practice.Scorecard;

/**
 * What the scorecard view shows, worked out without a window: the verdict line, one line per criterion and one per
 * checked estimate, each with its pass/fail mark and evidence.
 */
public final class ScorecardLines {

    /** A line of the scorecard view. */
    public record Line(boolean passed, String criterion, String evidence) {
        /** ✓ or ✗. */
        public String mark() {
            return passed ? "✓" : "✗";
        }
    }

    private ScorecardLines() {
    }

    /** {@code ✓ Passed — 6 of 6 criteria met} or {@code ✗ Not passed — 3 of 6 criteria met}. */
    public static String verdict(Scorecard card) {
        return (card.passed() ? "✓ Passed — " : "✗ Not passed — ") + card.tally();
    }

    /** The criteria, in scorecard order. */
    public static List<Line> rows(Scorecard card) {
        return card.rows().stream().map(r -> new Line(r.passed(), r.criterion(), r.evidence())).toList();
    }

    /** The worksheet's estimates, each with its arithmetic; empty when no worksheet was handed in. */
    public static List<Line> estimates(Scorecard card) {
        return card.estimates().stream().map(ScorecardLines::line).toList();
    }

    private static Line line(Estimate e) {
        return new Line(e.passed(), e.name(), e.explanation());
    }
}
