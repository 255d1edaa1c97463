package org.archsim.lessons.practice;

import org.archsim.lessons.goal.Fmt;

/**
 * A scorecard as Markdown: verdict, the criteria table with evidence, the worksheet with its arithmetic. The design's
 * diagram is drawn by the app, which passes it in as a ready Markdown block (e.g. a Mermaid fence); this module knows
 * nothing of drawing.
 */
public final class ScorecardMarkdown {

    private ScorecardMarkdown() {
    }

    /**
     * @param diagram a Markdown block showing the design, or {@code null} for none
     */
    public static String write(Scorecard card, String diagram) {
        StringBuilder b = new StringBuilder();
        b.append("# Scorecard: ").append(card.problemTitle()).append("\n\n");
        b.append("Design: **").append(esc(card.designName())).append("** — ")
                .append(card.passed() ? "**passed**" : "**not passed**").append(" (").append(card.tally())
                .append(").\n\n");
        b.append("| Criterion | Result | Evidence |\n|---|---|---|\n");
        for (ScoreRow r : card.rows()) {
            b.append("| ").append(esc(r.criterion())).append(" | ").append(r.passed() ? "pass" : "FAIL").append(" | ")
                    .append(esc(r.evidence())).append(" |\n");
        }
        if (!card.estimates().isEmpty()) {
            b.append("\n## Back-of-the-envelope estimates\n\n| Estimate | Yours | Expected | Result | Arithmetic |\n")
                    .append("|---|---|---|---|---|\n");
            for (Estimate e : card.estimates()) {
                b.append("| ").append(esc(e.name())).append(" | ")
                        .append(e.given() == null ? "—" : Fmt.num(e.given())).append(" | ").append(Fmt.num(e.expected()))
                        .append(" | ").append(e.passed() ? "pass" : "FAIL").append(" | ").append(esc(e.explanation()))
                        .append(" |\n");
            }
        }
        if (diagram != null && !diagram.isBlank()) {
            b.append("\n## The design\n\n").append(diagram.strip()).append("\n");
        }
        return b.toString();
    }

    /** Keeps table cells intact: pipes escaped, line breaks flattened. */
    static String esc(String s) {
        return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
