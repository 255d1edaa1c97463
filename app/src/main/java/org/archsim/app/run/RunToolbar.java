package org.archsim.app.run;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.archsim.app.fx.LazyTooltip;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.app.actions.AppAction;
import org.archsim.model.scenario.Scenario;

/**
 * The run strip above the canvas: play/pause, step, reset, slower/faster with the speed, the load slider, the traffic
 * spike, reduced motion, the loaded scenario's name with a menu to choose another, and the timeline
 * ({@link TimelineSlider}) — a slider over the scenario's length whose thumb is the current time, with a mark at each
 * scheduled fault and each live action, that rewinds when dragged back.
 */
final class RunToolbar extends VBox {

    RunToolbar(RunViewModel vm, ActionRegistry actions, CheckBox reducedMotion) {
        setId("run-toolbar");
        getStyleClass().add("run-toolbar");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(2);
        Button play = button("run-play", "Play", "simulate.play", actions);
        Button step = button("run-step", "Step", "simulate.step", actions);
        Button reset = button("run-reset", "Reset", "simulate.reset", actions);
        Button slower = button("run-slower", "−", "simulate.slower", actions);
        Button faster = button("run-faster", "+", "simulate.faster", actions);
        Label speed = new Label("1×");
        speed.setId("run-speed");
        speed.setMinWidth(34);
        Slider load = new Slider(0, 5, 1);
        load.setId("run-load");
        load.setPrefWidth(120);
        LazyTooltip.install(load, () -> new Tooltip("Load: multiplier on every client's rate"));
        Label loadText = new Label("Load ×1.0");
        load.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                vm.setLoad(Math.round(load.getValue() * 10) / 10.0);
            }
        });
        boolean[] syncing = {false};
        load.valueProperty().addListener((o, a, v) -> {
            loadText.setText(String.format(java.util.Locale.ROOT, "Load ×%.1f", v.doubleValue()));
            if (!load.isValueChanging() && !syncing[0]) {
                vm.setLoad(Math.round(v.doubleValue() * 10) / 10.0);
            }
        });
        Button spike = button("run-spike", "Spike ×3", "simulate.spike", actions);
        Label clock = new Label("0.0 s");
        clock.setId("run-clock");
        loadText.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reducedMotion.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clock.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Region gap = new Region(); // the scenario's name at the right end, clear of the controls
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, play, step, reset, slower, speed, faster, spike, reducedMotion, clock, gap,
                scenarioPicker(vm, actions));
        row.setAlignment(Pos.CENTER_LEFT);

        TimelineSlider timeline = new TimelineSlider();
        timeline.setId("run-timeline");
        HBox.setHgrow(timeline, Priority.ALWAYS);
        Label tl = new Label("Timeline");
        tl.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        LazyTooltip.install(tl, () -> new Tooltip("Drag to rewind. Marks: ▼ above the line a fault the scenario "
                + "schedules, ◆ below it something done during the run; hover a mark to see what it is."));
        HBox line = new HBox(8, loadText, load, tl, timeline);
        line.setAlignment(Pos.CENTER_LEFT);
        timeline.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                vm.rewindTo(Math.round(timeline.getValue() * 1e6));
            }
        });
        getChildren().addAll(row, line);
        // The scenario's length and faults show before any run exists, and at once when it changes (a new run starts
        // with no actions; its first snapshot follows).
        showScenario(timeline, vm.scenarioProperty().get());
        vm.scenarioProperty().addListener((o, a, sc) -> showScenario(timeline, sc));

        vm.snapshotProperty().addListener((o, a, s) -> {
            play.setText(s.state() == RunState.RUNNING ? "Pause" : "Play");
            speed.setText(Pacer.label(s.speed()));
            clock.setText(s.clockText());
            timeline.setMax(s.durationUs() / 1e6);
            if (!load.isValueChanging() && Math.abs(load.getValue() - s.load()) > 0.05) {
                syncing[0] = true; // show a load set elsewhere (rewind, menu) without applying it again
                load.setValue(s.load());
                syncing[0] = false;
            }
            if (!timeline.isValueChanging()) {
                timeline.setValue(s.nowUs() / 1e6);
            }
            timeline.setMarks(TimelineMarks.of(vm.scenarioProperty().get(), s.actions()));
        });
    }

    /**
     * The loaded scenario's name as a menu button: Choose Scenario… and Use Default Scenario, the Simulate menu's own
     * actions (the second disabled while the default is loaded); the tooltip says what the scenario holds.
     */
    private static Node scenarioPicker(RunViewModel vm, ActionRegistry actions) {
        Label title = new Label("Scenario");
        title.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton picker = new MenuButton();
        picker.setId("run-scenario");
        picker.setFocusTraversable(false);
        picker.setMnemonicParsing(false);
        picker.textProperty().bind(vm.scenarioNameProperty());
        // A long file name is cut with an ellipsis rather than squeezing the timeline; the tooltip has it whole.
        picker.setMinWidth(80);
        picker.setMaxWidth(240);
        picker.getItems().addAll(item(actions.require("simulate.scenario"), "run-scenario-choose"),
                item(actions.require("simulate.defaultScenario"), "run-scenario-default"));
        LazyTooltip.install(picker, () -> {
            Tooltip t = new Tooltip();
            t.textProperty().bind(Bindings.createStringBinding(() -> {
                Path file = vm.scenarioFileProperty().get();
                String what = RunViewModel.summary(vm.scenarioProperty().get());
                return file == null ? "The " + vm.scenarioNameProperty().get() + ": " + what : file + "\n" + what;
            }, vm.scenarioNameProperty(), vm.scenarioFileProperty(), vm.scenarioProperty()));
            return t;
        });
        HBox box = new HBox(6, title, picker);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static MenuItem item(AppAction a, String id) {
        MenuItem i = new MenuItem();
        i.setId(id);
        i.setMnemonicParsing(false);
        i.textProperty().bind(a.title());
        i.disableProperty().bind(Bindings.not(a.enabled()));
        i.setOnAction(e -> a.runIfEnabled());
        return i;
    }

    private static void showScenario(TimelineSlider timeline, Scenario sc) {
        timeline.setMax(sc.durationS());
        timeline.setMarks(TimelineMarks.of(sc, List.of()));
    }

    private static Button button(String id, String text, String action, ActionRegistry actions) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> actions.require(action).runIfEnabled());
        return b;
    }
}
