package org.archsim.app.practice;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.archsim.lessons.goal.Fmt;
import org.archsim.lessons.practice.PracticeProblem;
import org.archsim.lessons.practice.ProblemNumbers;
import org.archsim.lessons.practice.Targets;

/**
 * The practice panel beside the canvas: the problem (brief, requirements, numbers, targets), the clock with
 * Pause/Resume, the worksheet form, Run the interview with its progress and Cancel, and the scorecard with its export
 * buttons. A thin view over {@link PracticeSession}; what reaches beyond the session (the canvas's design, files)
 * comes from {@link Controls}.
 */
public final class PracticePanel extends BorderPane {

    /** What the panel's buttons ask of the window. */
    public interface Controls {
        void runInterview();

        void exportMarkdown();

        void exportPdf();

        void closePractice();
    }

    private final PracticeSession session;
    private final Label title = new Label();
    private final Label brief = new Label();
    private final VBox requirements = new VBox(4);
    private final GridPane numbers = new GridPane();
    private final Label clock = new Label();
    private final ScorecardView scorecard;
    private final ScrollPane scroll = new ScrollPane();
    private final Timeline ticker;

    public PracticePanel(PracticeSession session, Controls controls) {
        this.session = session;
        setId("practice-panel");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setId("practice-title");
        brief.setWrapText(true);
        numbers.setHgap(12);
        numbers.setVgap(3);

        PracticeTimer timer = session.timer();
        clock.setId("practice-timer");
        clock.textProperty().bind(timer.textBinding());
        timer.remainingMillisProperty().addListener(o -> styleClock());
        Button pause = button("practice-pause", "", timer::toggle);
        pause.textProperty().bind(Bindings.when(timer.runningProperty()).then("Pause").otherwise("Resume"));
        pause.disableProperty().bind(timer.timesUpBinding());
        HBox clockRow = new HBox(10, clock, pause);
        clockRow.setAlignment(Pos.CENTER_LEFT);

        InterviewRun run = session.run();
        Button go = button("practice-run", "Run the interview", controls::runInterview);
        go.getStyleClass().add("accent");
        go.disableProperty().bind(run.runningBinding());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(run.runningBinding());
        busy.managedProperty().bind(run.runningBinding());
        Button cancel = button("practice-cancel", "Cancel", run::cancel);
        cancel.visibleProperty().bind(run.runningBinding());
        cancel.managedProperty().bind(run.runningBinding());
        HBox runRow = new HBox(8, go, busy, cancel);
        runRow.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("practice-status");
        status.setWrapText(true);
        status.textProperty().bind(run.statusProperty());

        scorecard = new ScorecardView(controls::exportMarkdown, controls::exportPdf);
        scorecard.visibleProperty().bind(run.scorecardProperty().isNotNull());
        scorecard.managedProperty().bind(run.scorecardProperty().isNotNull());
        run.scorecardProperty().addListener((o, a, card) -> {
            scorecard.show(card);
            if (card != null) {
                Platform.runLater(() -> scrollTo(scorecard));  // once the rows are laid out
            }
        });

        Button close = button("practice-close", "Close Practice", controls::closePractice);
        // The title and clock stay in view while the rest scrolls.
        VBox header = new VBox(6, title, clockRow);
        header.setPadding(new Insets(12, 12, 8, 12));
        header.getStyleClass().add("practice-header");
        VBox content = new VBox(10, brief, heading("Requirements"), requirements,
                heading("The numbers"), numbers, new Separator(), heading("Your worksheet"),
                worksheet(session.worksheet()), new Separator(), runRow, status, scorecard, new Separator(), close);
        content.setPadding(new Insets(4, 12, 12, 12));
        scroll.setContent(content);
        setTop(new VBox(header, new Separator()));
        setCenter(scroll);

        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> timer.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        session.problemProperty().addListener((o, a, p) -> showProblem(p));
        showProblem(session.problemProperty().get());
    }

    static Button button(String id, String text, Runnable r) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> r.run());
        return b;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static Region worksheet(WorksheetForm form) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int row = 0;
        for (WorksheetForm.Field f : WorksheetForm.FIELDS) {
            TextField t = new TextField();
            t.setId("practice-ws-" + f.key());
            t.setPrefColumnCount(7);
            t.setPromptText(f.hint());
            t.textProperty().bindBidirectional(form.text(f.key()));
            Label name = new Label(f.label());
            name.setMinWidth(Region.USE_PREF_SIZE);
            g.addRow(row++, name, t);
        }
        Label error = new Label();
        error.setId("practice-ws-error");
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        error.textProperty().bind(form.errorProperty());
        error.visibleProperty().bind(form.errorProperty().isNotEmpty());
        error.managedProperty().bind(form.errorProperty().isNotEmpty());
        Label help = new Label("Blank fields score nothing. Run the interview to have them checked.");
        help.getStyleClass().add("text-muted");
        help.setWrapText(true);
        return new VBox(6, g, error, help);
    }

    private void showProblem(PracticeProblem p) {
        requirements.getChildren().clear();
        numbers.getChildren().clear();
        scorecard.show(null);
        if (p == null) {
            title.setText("");
            brief.setText("");
            ticker.stop();
            return;
        }
        title.setText("Interview: " + p.title());
        brief.setText(p.brief());
        for (String r : p.requirements()) {
            Label l = new Label("•  " + r);
            l.setWrapText(true);
            requirements.getChildren().add(l);
        }
        ProblemNumbers n = p.numbers();
        Targets t = p.targets();
        int row = 0;
        row = number(row, "Daily users", grouped(n.dailyUsers()));
        row = number(row, "Requests per user per day", Fmt.num(n.requestsPerUserPerDay()));
        row = number(row, "Reads per write", Fmt.num(n.readsPerWrite()) + " : 1");
        row = number(row, "Peak over average", "×" + Fmt.num(n.peakFactor()));
        row = number(row, "Bytes per write / read", Fmt.num(n.writeBytes()) + " B / " + Fmt.num(n.readBytes()) + " B");
        row = number(row, "Data kept", Fmt.num(n.retentionYears()) + " years");
        row = number(row, "One server handles", Fmt.num(n.serverRps()) + " rps");
        row = number(row, "Target p99 at peak", Fmt.ms(t.p99Ms()));
        row = number(row, "Errors during a fault", "≤ " + Fmt.pct(t.maxErrorRate()));
        row = number(row, "Availability", "≥ " + Fmt.pct(t.availability()));
        row = number(row, "Budget", "$" + Fmt.num(t.maxCostPerHour()) + "/h");
        number(row, "Faults to survive", String.valueOf(p.scenario().faults().size()));
        styleClock();
        ticker.play();
    }

    private int number(int row, String name, String value) {
        Label k = new Label(name);
        k.getStyleClass().add("text-muted");
        k.setWrapText(true);  // a narrow panel wraps the name, never cuts the figure
        Label v = new Label(value);
        v.getStyleClass().add("text-bold");
        v.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(k, Priority.ALWAYS);
        numbers.addRow(row, k, v);
        return row + 1;
    }

    /** {@code 100,000,000}: big counts are easier to read grouped. */
    static String grouped(double d) {
        return d == Math.rint(d) && Math.abs(d) >= 10_000 ? String.format(java.util.Locale.ROOT, "%,.0f", d)
                : Fmt.num(d);
    }

    private void styleClock() {
        clock.getStyleClass().setAll("label", "title-2", "practice-timer");
        switch (session.timer().phase()) {
            case WARNING -> clock.getStyleClass().add("warning");
            case TIMES_UP -> clock.getStyleClass().add("danger");
            case NORMAL -> { }
        }
    }

    /** Scrolls so {@code node}'s top is at the top of the view (or as far as the content allows). */
    private void scrollTo(Region node) {
        double contentH = scroll.getContent().getBoundsInLocal().getHeight();
        double viewH = scroll.getViewportBounds().getHeight();
        if (contentH > viewH) {
            double y = node.getBoundsInParent().getMinY();
            scroll.setVvalue(Math.min(1, y / (contentH - viewH)));
        }
    }
}
