package org.archsim.lessons.practice;

import java.util.List;
import org.archsim.lessons.goal.Fmt;

/**
 * The result of "running the interview": one row per criterion, the worksheet's checked estimates (empty when none
 * was handed in), and the overall verdict — passed only when every row passed.
 *
 * @param problemId   the problem graded
 * @param designName  the graded design's name
 * @param rows        latency, one row per fault, availability, single points of failure, cost, estimation
 * @param estimates   the worksheet rows behind the estimation row
 */
public record Scorecard(String problemId, String problemTitle, String designName, List<ScoreRow> rows,
        List<Estimate> estimates) {

    public Scorecard {
        rows = List.copyOf(rows);
        estimates = List.copyOf(estimates);
    }

    /** Whether every row passed. */
    public boolean passed() {
        return rows.stream().allMatch(ScoreRow::passed);
    }

    /** Rows passed out of rows. */
    public String tally() {
        return rows.stream().filter(ScoreRow::passed).count() + " of " + rows.size() + " criteria met";
    }

    /** The estimation score 0..1, or {@code NaN} when no worksheet was handed in. */
    public double estimationScore() {
        return estimates.isEmpty() ? Double.NaN : EstimateCheck.score(estimates);
    }

    /** A one-line summary: {@code PASS url-shortener (5 of 6 criteria met)}. */
    public String summary() {
        return (passed() ? "PASS " : "FAIL ") + problemId + " with " + designName + " (" + tally()
                + (estimates.isEmpty() ? "" : ", estimates " + Fmt.pct(estimationScore())) + ")";
    }
}
