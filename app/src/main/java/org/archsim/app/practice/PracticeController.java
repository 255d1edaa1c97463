package org.archsim.app.practice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import org.archsim.app.export.AtomicFiles;
import org.archsim.app.files.FileDialogs;
import org.archsim.app.lessons.LessonController;
import org.archsim.lessons.practice.PracticeProblem;
import org.archsim.lessons.practice.Scorecard;
import org.archsim.model.Design;
import org.archsim.model.io.FormatException;

/**
 * Ties a practice session to one window: Interview Practice… asks for a problem and how to begin (a new empty
 * design, or the current one kept), then docks the {@link PracticePanel} at the right of the window's main split,
 * as a lesson's panel is. Runs grade on one background thread per window; exports ask for a file through the
 * window's {@link FileDialogs}.
 */
public final class PracticeController implements PracticePanel.Controls {

    /** The picker's answer: which problem, and whether the design on the canvas is kept. */
    public record Start(PracticeProblem problem, boolean keepCurrent) {
    }

    private final LessonController.Host window;
    private final FileDialogs dialogs;
    private final Runnable beforeOpen;
    private final PracticeSession session;
    private Function<List<PracticeProblem>, Optional<Start>> picker;
    private PracticePanel panel;
    private SplitPane split;

    /**
     * A controller for {@code window}, asking files of {@code dialogs}; {@code beforeOpen} runs before the panel
     * docks (the window closes an open lesson there, so the two panels never share the split).
     */
    public PracticeController(LessonController.Host window, FileDialogs dialogs, Runnable beforeOpen) {
        this.window = window;
        this.dialogs = dialogs;
        this.beforeOpen = beforeOpen;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "practice-grade");
            t.setDaemon(true);
            return t;
        });
        this.session = new PracticeSession(worker, Platform::runLater, System::nanoTime);
        this.picker = problems -> ProblemPickerDialog.show(window.stage(), problems,
                !window.editor().design().components().isEmpty());
        session.run().scorecardProperty().addListener((o, a, card) -> {
            if (card != null) {
                window.editor().notice(card.summary());
            }
        });
        Long minutes = Long.getLong("archsim.practiceMinutes");
        if (minutes != null && minutes > 0) {
            session.setDurationMillis(minutes * 60_000);
        }
    }

    /** Places the practice panel in {@code main} (at its right end) while a session is open. */
    public void attach(SplitPane main) {
        this.split = main;
    }

    /** Replaces the problem picker (tests answer it themselves). */
    public void setPicker(Function<List<PracticeProblem>, Optional<Start>> picker) {
        this.picker = picker;
    }

    public PracticeSession session() {
        return session;
    }

    /** Interview Practice…: picks a problem and begins; false when cancelled or the problems cannot be read. */
    public boolean choose() {
        List<PracticeProblem> problems;
        try {
            problems = BundledProblems.all();
        } catch (FormatException e) {
            dialogs.showError("The practice problems have problems", String.join("\n", e.problems().stream()
                    .limit(20).map(Object::toString).toList()));
            return false;
        } catch (IOException e) {
            dialogs.showError("Cannot read the practice problems", e.getMessage());
            return false;
        }
        return picker.apply(problems).map(this::begin).orElse(false);
    }

    /** Begins {@code start}: a new empty design unless the current one is kept, then the panel and the clock. */
    public boolean begin(Start start) {
        PracticeProblem p = start.problem();
        if (!start.keepCurrent() && !window.document().openUntitled(new Design("Practice — " + p.title()))) {
            return false;
        }
        beforeOpen.run();
        session.start(p);
        showPanel();
        fitAfterLayout();
        window.editor().notice("Interview: " + p.title() + ". The clock is running; design on the canvas, then "
                + "Run the interview.");
        return true;
    }

    /** Fits the design into the canvas as narrowed by the panel: lays the window out first, and again later. */
    private void fitAfterLayout() {
        if (split != null && split.getScene() != null) {
            split.getScene().getRoot().applyCss();
            split.getScene().getRoot().layout();
        }
        window.fitToDesign().run();
        Platform.runLater(() -> window.fitToDesign().run());
    }

    private void showPanel() {
        if (panel == null) {
            panel = new PracticePanel(session, this);
            panel.setMinWidth(320);
            panel.setPrefWidth(400);
        }
        if (split != null && !split.getItems().contains(panel)) {
            split.getItems().add(panel);
            SplitPane.setResizableWithParent(panel, false);
            split.setDividerPositions(0.12, 0.52, 0.70);
        }
    }

    /** Whether a session is open. */
    public boolean isOpen() {
        return session.problemProperty().get() != null;
    }

    @Override
    public void runInterview() {
        if (!session.runInterview(window.editor().design()) && !session.worksheet().errorProperty().get().isEmpty()) {
            window.editor().notice("Fix the worksheet first: " + session.worksheet().errorProperty().get()
                    .lines().findFirst().orElse(""));
        }
    }

    @Override
    public void exportMarkdown() {
        export(".scorecard.md", (card, d) -> PracticeExport.markdown(card, d).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void exportPdf() {
        export(".scorecard.pdf", PracticeExport::pdf);
    }

    private void export(String suffix, BiFunction<Scorecard, Design, byte[]> write) {
        Scorecard card = session.run().scorecardProperty().get();
        if (card == null) {
            return;
        }
        Path dir = window.document().pathProperty().get() == null ? null
                : window.document().pathProperty().get().toAbsolutePath().getParent();
        Optional<Path> file = dialogs.chooseSave(dir, card.problemId() + suffix);
        if (file.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.write(file.get(), write.apply(card, session.gradedDesign()));
            window.editor().notice("Exported the scorecard to " + file.get().getFileName() + ".");
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Export failed", file.get() + ": " + e.getMessage());
        }
    }

    @Override
    public void closePractice() {
        session.close();
        if (split != null && panel != null) {
            split.getItems().remove(panel);
        }
    }
}
