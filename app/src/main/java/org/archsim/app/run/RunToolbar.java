package org.archsim.app.run;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.archsim.app.fx.LazyTooltip;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.model.scenario.Scenario;

/**
 * The run strip above the canvas: play/pause, step, reset, slower/faster with the speed, the load slider, the traffic
 * spike, reduced motion, and the timeline ({@link TimelineSlider}) — a slider over the scenario's length whose thumb is
 * the current time, with a mark at each scheduled fault and each live action, that rewinds when dragged back.
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
        HBox row = new HBox(6, play, step, reset, slower, speed, faster, spike, reducedMotion, clock);
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
