package org.archsim.app.lessons;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import org.archsim.app.files.DataFolder;
import org.archsim.app.palette.PaletteViewModel;
import javafx.stage.Stage;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.files.DocumentViewModel;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.LessonPack;
import org.archsim.model.io.FormatException;

/**
 * Ties the lesson player to one window: opening a lesson loads its start design as a new untitled document (after
 * the unsaved-work prompt), narrows the palette and shows the {@link LessonPanel} at the right of the window's main
 * split; Show Solution loads the solution the same way (so unsaved work is asked about); progress is saved as it
 * changes. Checks run on one background thread per window.
 */
public final class LessonController implements LessonPanel.Controls {

    /** What the lesson player needs of its window (the shell depends on lessons, never the other way round). */
    public record Host(Stage stage, EditorViewModel editor, DocumentViewModel document, Runnable fitToDesign) {
    }

    private final Host window;
    private final PaletteViewModel palette;
    private final LessonLibrary library;
    private final LessonPlayerModel player;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lesson-check");
        t.setDaemon(true);
        return t;
    });
    private LessonPanel panel;
    private SplitPane split;

    /** A controller for {@code window}, whose palette is {@code palette}; the library loads lazily. */
    public LessonController(Host window, PaletteViewModel palette) {
        this.window = window;
        this.palette = palette;
        this.library = new LessonLibrary(DataFolder.path(), BundledPacks::load);
        this.player = new LessonPlayerModel(worker, Platform::runLater, p -> {
            try {
                library.save(player().pack().id(), p);
            } catch (IOException e) {
                window.editor().notice("Lesson progress could not be saved: " + e.getMessage());
            }
        });
    }

    /** Places the lesson panel in {@code main} (at its right end) whenever a lesson is open. */
    public void attach(SplitPane main) {
        this.split = main;
    }

    public LessonLibrary library() {
        if (library.entries().isEmpty() && library.failures().isEmpty()) {
            library.reload();
        }
        return library;
    }

    public LessonPlayerModel player() {
        return player;
    }

    /** Opens {@code lesson} of {@code pack}: start design, palette, panel. Returns false if the learner cancelled. */
    public boolean open(LessonPack pack, Lesson lesson) {
        if (!window.document().openUntitled(lesson.start())) {
            return false;
        }
        player.open(pack, lesson, library().progress(pack.id()).of(lesson.id()));
        palette.allowedKindsProperty().set(lesson.allowedKinds().isEmpty() ? null
                : new HashSet<>(lesson.allowedKinds()));
        showPanel();
        Platform.runLater(() -> window.fitToDesign().run());  // after the panel has taken its room
        window.editor().notice("Lesson: " + lesson.title() + ". Run & Check to see where the design stands.");
        return true;
    }

    private void showPanel() {
        if (panel == null) {
            panel = new LessonPanel(player, this);
            panel.setMinWidth(300);
            panel.setPrefWidth(360);
        }
        if (split != null && !split.getItems().contains(panel)) {
            split.getItems().add(panel);
            SplitPane.setResizableWithParent(panel, false);
            split.setDividerPositions(0.12, 0.56, 0.73);
        }
    }

    @Override
    public void runCheck() {
        player.runCheck(window.editor().design());
    }

    @Override
    public void showSolution() {
        Optional<org.archsim.model.Design> s = player.solution();
        if (s.isPresent() && window.document().openUntitled(s.get())) {
            window.fitToDesign().run();
            window.editor().notice("Loaded the solution. Run & Check to see every goal met.");
        }
    }

    @Override
    public void nextLesson() {
        player.nextLesson().ifPresent(l -> open(player.pack(), l));
    }

    @Override
    public void closeLesson() {
        player.close();
        palette.allowedKindsProperty().set(null);
        if (split != null && panel != null) {
            split.getItems().remove(panel);
        }
    }

    /** Asks for a pack folder or zip and lists it in the browser; located problems are shown when it is broken. */
    public Optional<LessonPack> openPack(Path path) {
        try {
            LessonPack p = library().open(path);
            window.editor().notice("Opened lesson pack “" + p.title() + "” (" + p.lessons().size() + " lessons).");
            return Optional.of(p);
        } catch (FormatException e) {
            error("The lesson pack has problems", String.join("\n", e.problems().stream().limit(20)
                    .map(Object::toString).toList()));
        } catch (IOException e) {
            error("Cannot open the lesson pack", path + " could not be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.setHeaderText(header);
        a.initOwner(window.stage());
        a.showAndWait();
    }

    public Host window() {
        return window;
    }
}
