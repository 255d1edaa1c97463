package org.archsim.app.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.app.editor.CanvasView;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.editor.ProblemsView;
import org.archsim.app.files.Autosave;
import org.archsim.app.files.DataFolder;
import org.archsim.app.files.DocumentViewModel;
import org.archsim.app.inspector.InspectorView;
import org.archsim.app.inspector.InspectorViewModel;
import org.archsim.app.palette.PaletteView;
import org.archsim.app.palette.PaletteViewModel;
import org.archsim.app.settings.AppSettings;
import org.archsim.model.Catalog;

/**
 * One editor window: menu bar on top, palette on the left, canvas in the centre with the problems list below it,
 * inspector on the right, status bar at the bottom. Builds the views, wires them to their view-models and to the
 * window's actions, and runs autosave. Closing asks before unsaved work is lost.
 */
public final class MainWindow {

    private final AppWindows app;
    private final Stage stage;
    private final EditorViewModel editor;
    private final DocumentViewModel document;
    private final CanvasView canvas;
    private final PaletteView palette;
    private final PaletteViewModel paletteModel;
    private final InspectorView inspector;
    private final TitledPane problemsPane;
    private final SplitPane centre;
    private final ActionRegistry actions;
    private final org.archsim.app.lessons.LessonController lessons;
    private final org.archsim.app.practice.PracticeController practice;
    private final Autosave autosave = new Autosave(DataFolder.path().resolve("autosave"));
    private final Timeline autosaveTimer;
    /** The metrics dashboard below the canvas (issue 5, Metrics). */
    private final org.archsim.app.dashboard.DashboardDock dashboard;
    private final org.archsim.app.run.LiveFeature live;

    MainWindow(AppWindows app, Stage stage) {
        this.app = app;
        this.stage = stage;
        AppSettings settings = app.settings();
        editor = new EditorViewModel(app.clipboard());
        document = new DocumentViewModel(editor, settings, app.dialogsFor(stage));
        document.setAfterSave(autosave::discard);
        canvas = new CanvasView(editor, settings.themeProperty());
        Pane dragLayer = new Pane();
        dragLayer.setMouseTransparent(true);
        dragLayer.setPickOnBounds(false);
        paletteModel = new PaletteViewModel(Catalog.standard().kinds());
        palette = new PaletteView(paletteModel, canvas::addAtCentre, canvas::dropKind, dragLayer);
        lessons = new org.archsim.app.lessons.LessonController(new org.archsim.app.lessons.LessonController.Host(
                stage, editor, document, canvas::fitToDesign), paletteModel);
        practice = new org.archsim.app.practice.PracticeController(new org.archsim.app.lessons.LessonController.Host(
                stage, editor, document, canvas::fitToDesign), app.dialogsFor(stage), lessons::closeLesson);
        // A lesson and a practice session would share the panel's place: opening a lesson ends the session.
        lessons.player().lessonProperty().addListener((o, a, l) -> {
            if (l != null && practice.isOpen()) {
                practice.closePractice();
            }
        });
        inspector = new InspectorView(new InspectorViewModel(editor));

        ProblemsView problems = new ProblemsView(editor);
        problemsPane = new TitledPane();
        problemsPane.textProperty().bind(editor.problemsProperty().map(p -> "Problems — " + ProblemsView.summary(p)));
        problemsPane.setContent(problems);
        problemsPane.setCollapsible(false);
        problemsPane.setId("problems-pane");
        centre = new SplitPane(canvas);
        centre.setOrientation(Orientation.VERTICAL);

        actions = WindowActions.register(this);
        dashboard = org.archsim.app.dashboard.DashboardDock.install(editor, stage, centre, actions, settings);
        canvas.setOnShowInspector(() -> actions.require("view.inspector").runIfEnabled());
        live = org.archsim.app.run.LiveFeature.install(actions, canvas, editor, stage, settings,
                () -> document.pathProperty().get());
        // The dashboard shows what the live run publishes, under the scenario the run uses.
        live.viewModel().addListener(dashboard.viewModel());
        // Its request list: passed on only when new traced requests ended (the snapshot keeps the list otherwise).
        live.viewModel().snapshotProperty().addListener((o, old, now) -> {
            if (now != null && (old == null || now.traces() != old.traces())) {
                dashboard.viewModel().showTraces(now.traces());
            }
        });
        dashboard.setScenario(live.viewModel().scenarioProperty().get());
        live.viewModel().scenarioProperty().addListener((o, old, now) -> dashboard.setScenario(now));
        MenuBar menus = MenuBarBuilder.build(actions, this);
        StatusBar status = new StatusBar(editor, canvas.viewport(), this::toggleProblems, canvas::fitToDesign);

        status.getChildren().add(2, live.clockLabel());
        BorderPane canvasArea = new BorderPane(centre, live.toolbar(), null, null, null);
        SplitPane main = new SplitPane(palette, canvasArea, inspector);
        main.setDividerPositions(0.14, 0.74);
        lessons.attach(main);
        practice.attach(main);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        palette.setMinWidth(170);
        inspector.setMinWidth(250);
        BorderPane layout = new BorderPane(main, menus, null, status, null);
        StackPane root = new StackPane(layout, dragLayer);
        root.setId("archsim-root");

        Scene scene = new Scene(root, 1400, 880);
        Themes.install(scene, settings);
        MenuBarBuilder.installExtraKeys(scene, actions);
        stage.setScene(scene);
        stage.titleProperty().bind(document.titleBinding());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        acceptDroppedFiles(scene);
        stage.setOnCloseRequest(e -> {
            if (!close()) {
                e.consume();
            }
        });
        autosaveTimer = new Timeline(new KeyFrame(Duration.seconds(Autosave.INTERVAL_SECONDS), e -> autosaveNow()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        autosaveTimer.play();
    }

    /** Asks about unsaved work and closes; returns false when the learner cancelled. */
    boolean close() {
        if (!document.confirmDiscard()) {
            return false;
        }
        autosaveTimer.stop();
        autosave.discard();
        stage.close();
        app.closed(this);
        return true;
    }

    /** Writes the autosave now (also what the timer does). */
    void autosaveNow() {
        try {
            autosave.run(document);
        } catch (IOException e) {
            editor.notice("Autosave failed: " + e.getMessage());
        }
    }

    void toggleProblems() {
        if (centre.getItems().contains(problemsPane)) {
            centre.getItems().remove(problemsPane);
        } else {
            centre.getItems().add(problemsPane);
            centre.setDividerPositions(0.78);
        }
    }

    boolean problemsShown() {
        return centre.getItems().contains(problemsPane);
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                File f = e.getDragboard().getFiles().get(0);
                // Open after the drop completes, so a save prompt does not block the platform's drag loop.
                javafx.application.Platform.runLater(() -> openAndFit(f.toPath()));
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Opens {@code file} (with the unsaved-work prompt) and fits it into view. */
    public void openAndFit(Path file) {
        if (document.open(file)) {
            canvas.fitToDesign();
        }
    }

    public Stage stage() {
        return stage;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public DocumentViewModel document() {
        return document;
    }

    public CanvasView canvas() {
        return canvas;
    }

    /** The lesson player of this window. */
    public org.archsim.app.lessons.LessonController lessons() {
        return lessons;
    }

    /** The interview practice of this window. */
    public org.archsim.app.practice.PracticeController practice() {
        return practice;
    }

    /** The live run of this window. */
    public org.archsim.app.run.LiveFeature live() {
        return live;
    }

    public ActionRegistry actions() {
        return actions;
    }

    /** The metrics dashboard: a live run feeds {@code dashboard().viewModel()} as a RunListener. */
    public org.archsim.app.dashboard.DashboardDock dashboard() {
        return dashboard;
    }

    /** The palette's model: which kinds may be added now (a lesson narrows it). */
    PaletteViewModel paletteModel() {
        return paletteModel;
    }

    PaletteView palette() {
        return palette;
    }

    InspectorView inspector() {
        return inspector;
    }

    AppWindows app() {
        return app;
    }
}
