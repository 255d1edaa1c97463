package org.archsim.app.run;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.app.actions.Keys;
import org.archsim.app.editor.CanvasView;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.run.LiveLayer;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.settings.Theme;

/**
 * Puts live simulation into a window: the Simulate actions (also in the command palette), the run strip, the
 * animation layer over the canvas, the fault items of the canvas context menu and Space to play or pause. The window
 * calls {@link #install} once and places {@link #toolbar()}.
 */
public final class LiveFeature {

    private final RunViewModel run;
    private final RunToolbar toolbar;
    private final LiveLayer layer;
    private final EditorViewModel editor;

    private LiveFeature(RunViewModel run, RunToolbar toolbar, LiveLayer layer, EditorViewModel editor) {
        this.editor = editor;
        this.run = run;
        this.toolbar = toolbar;
        this.layer = layer;
    }

    /**
     * Registers the actions in {@code r} and wires the canvas; {@code saved} gives the document's file, or null.
     * The theme, reduced motion and the compare dialog's choices come from (and are remembered in) {@code settings}.
     */
    public static LiveFeature install(ActionRegistry r, CanvasView canvas, EditorViewModel editor, Stage stage,
                                      AppSettings settings, Supplier<Path> saved) {
        ObservableValue<Boolean> dark = settings.themeProperty().isEqualTo(Theme.DARK);
        RunViewModel vm = new RunViewModel(editor::design, Platform::runLater);
        editor.revisionProperty().addListener(o -> vm.designChanged());
        r.add("simulate.play", "Simulate", "Play / Pause", Keys.plain(KeyCode.F5), vm::togglePlay);
        r.add("simulate.step", "Simulate", "Step", new javafx.scene.input.KeyCodeCombination(KeyCode.F5, javafx.scene.input.KeyCombination.SHIFT_DOWN),
                vm::step);
        r.add("simulate.reset", "Simulate", "Reset Run", Keys.shortcut(KeyCode.F5), vm::reset);
        r.add("simulate.faster", "Simulate", "Faster", Keys.shortcut(KeyCode.CLOSE_BRACKET), vm::faster);
        r.add("simulate.slower", "Simulate", "Slower", Keys.shortcut(KeyCode.OPEN_BRACKET), vm::slower);
        r.add("simulate.spike", "Simulate", "Traffic Spike ×3 for 10 s", null, vm::spike);
        r.add("simulate.scenario", "Simulate", "Choose Scenario…", null, () -> chooseScenario(vm, stage));
        r.add("simulate.defaultScenario", "Simulate", "Use Default Scenario", null,
                vm.defaultScenarioProperty().not(), vm::useDefaultScenario);
        CompareLauncher compare = new CompareLauncher(vm, editor, stage, settings, saved);
        r.add("simulate.compare", "Simulate", "Compare with File…", null, compare::open);
        CheckBox reduced = new CheckBox("Reduced motion");
        reduced.setId("run-reduced-motion");
        reduced.setFocusTraversable(false);
        reduced.selectedProperty().bindBidirectional(settings.reducedMotionProperty());
        r.add("simulate.reducedMotion", "Simulate", "Reduced Motion On/Off", null,
                () -> reduced.setSelected(!reduced.isSelected()));
        LiveLayer layer = new LiveLayer(editor::design, canvas.viewport(), vm.snapshotProperty(), dark);
        layer.reducedMotionProperty().bind(reduced.selectedProperty());
        canvas.addLiveLayer(layer.stateView());
        canvas.addLiveLayer(layer.view());
        vm.snapshotProperty().addListener((o, a, s) -> canvas.setDesignCached(s != null && s.state() == RunState.RUNNING));
        canvas.setContextExtras(id -> FaultMenu.items(vm, editor.design(), id));
        spaceToPlay(canvas, vm);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> vm.close());
        return new LiveFeature(vm, new RunToolbar(vm, r, reduced), layer, editor);
    }

    /** Space tapped on the canvas plays or pauses; Space held while dragging still pans (no toggle then). */
    private static void spaceToPlay(CanvasView canvas, RunViewModel vm) {
        SimpleBooleanProperty armed = new SimpleBooleanProperty(false);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !armed.get()) {
                armed.set(true);
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> armed.set(false));
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE && armed.get()) {
                armed.set(false);
                vm.togglePlay();
            }
        });
    }

    private static void chooseScenario(RunViewModel vm, Stage stage) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Choose a scenario");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenarios", "*.scenario.json", "*.json"));
        var file = fc.showOpenDialog(stage);
        if (file != null) {
            try {
                vm.loadScenario(file.toPath());
            } catch (Exception ex) {
                new Alert(Alert.AlertType.ERROR, "Cannot read the scenario: " + ex.getMessage()).showAndWait();
            }
        }
    }

    /**
     * For documentation screenshots: plays at load ×3 (or {@code archsim.snapshotLoad}) under the scenario file
     * {@code archsim.snapshotScenario} (the default when unset) and crashes {@code partId} after two seconds of wall
     * time.
     */
    public static void demo(LiveFeature f, String partId) {
        RunViewModel vm = f.run;
        String scenario = System.getProperty("archsim.snapshotScenario");
        if (scenario != null) {
            try {
                vm.loadScenario(Path.of(scenario));
            } catch (Exception ex) {
                throw new IllegalArgumentException("archsim.snapshotScenario: " + ex.getMessage(), ex);
            }
        }
        vm.setLoad(Double.parseDouble(System.getProperty("archsim.snapshotLoad", "3")));
        vm.play();
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        later.setOnFinished(e -> vm.inject(org.archsim.model.scenario.Fault.of(0,
                org.archsim.model.scenario.FaultType.CRASH, partId)));
        later.play();
    }

    public RunViewModel viewModel() {
        return run;
    }

    public javafx.scene.Node toolbar() {
        return toolbar;
    }

    public LiveLayer layer() {
        return layer;
    }

    /** A label with the simulated clock, for the status bar. */
    public javafx.scene.control.Label clockLabel() {
        javafx.scene.control.Label l = new javafx.scene.control.Label();
        l.setId("status-clock");
        l.textProperty().bind(clockText());
        return l;
    }

    /** The simulated clock for the status bar, e.g. "t = 12.4 s / 600.0 s". */
    public javafx.beans.binding.StringBinding clockText() {
        return Bindings.createStringBinding(() -> run.snapshotProperty().get() == null ? ""
                : "t = " + run.snapshotProperty().get().clockText(), run.snapshotProperty());
    }
}
