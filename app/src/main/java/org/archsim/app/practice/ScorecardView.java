package org.archsim.app.practice;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.archsim.lessons.practice.Scorecard;

/**
 * The scorecard in the practice panel: the verdict on top, then each criterion with its mark and evidence, then the
 * worksheet's estimates, and the export buttons. Empty (and hidden by the panel) until a run has finished.
 */
final class ScorecardView extends VBox {

    private final Label verdict = new Label();
    private final VBox rows = new VBox(8);
    private final VBox estimates = new VBox(6);
    private final Label estimatesHeading = PracticePanel.heading("Your estimates");

    ScorecardView(Runnable exportMarkdown, Runnable exportPdf) {
        super(10);
        setId("practice-scorecard");
        verdict.setId("practice-verdict");
        verdict.setWrapText(true);
        Button md = PracticePanel.button("practice-export-md", "Export Markdown…", exportMarkdown);
        Button pdf = PracticePanel.button("practice-export-pdf", "Export PDF…", exportPdf);
        getChildren().addAll(PracticePanel.heading("Scorecard"), verdict, rows, estimatesHeading, estimates,
                new HBox(8, md, pdf));
    }

    /** Shows {@code card}, or clears the view when null. */
    void show(Scorecard card) {
        rows.getChildren().clear();
        estimates.getChildren().clear();
        if (card == null) {
            verdict.setText("");
            return;
        }
        verdict.setText(ScorecardLines.verdict(card));
        verdict.getStyleClass().setAll("label", "title-4", card.passed() ? "success" : "danger");
        fill(rows, ScorecardLines.rows(card), "practice-row-");
        List<ScorecardLines.Line> est = ScorecardLines.estimates(card);
        fill(estimates, est, "practice-estimate-");
        estimatesHeading.setVisible(!est.isEmpty());
        estimatesHeading.setManaged(!est.isEmpty());
    }

    private static void fill(VBox box, List<ScorecardLines.Line> lines, String idPrefix) {
        int i = 0;
        for (ScorecardLines.Line l : lines) {
            Label head = new Label(l.mark() + "  " + l.criterion());
            head.setId(idPrefix + i++);
            head.setWrapText(true);
            head.getStyleClass().addAll("text-bold", l.passed() ? "success" : "danger");
            Label evidence = new Label(l.evidence());
            evidence.setWrapText(true);
            evidence.setPadding(new Insets(0, 0, 0, 22));
            box.getChildren().add(new VBox(2, head, evidence));
        }
    }
}
