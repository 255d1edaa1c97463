package org.archsim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;
import org.archsim.app.editor.CanvasView;
import org.archsim.app.editor.CardGeometry;
import org.archsim.model.Component;
import javafx.stage.Stage;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.export.Fixtures;
import org.archsim.app.run.RunListener;
import org.archsim.app.run.RunSnapshot;
import org.archsim.app.run.RunViewModel;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.sim.observe.RequestTrace;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A live run in the real window: play, crash a part through the canvas's context menu (request raised on the card,
 * menu shown, "Inject Fault ▸ Crash" clicked), and see the errors reach a listener and the dashboard, and a traced
 * request's path in its Requests tab; the timeline marks scheduled and live faults under the thumb's time (resized,
 * another scenario), names them on hover and still rewinds when scrubbed; the strip names the scenario loaded and
 * goes back to the default from its menu; reduced motion is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class LiveRunUiTest {

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private MainWindow window;
    private AppSettings settings;
    private final AtomicReference<SimulationReport> last = new AtomicReference<>();
    private final AtomicLong resets = new AtomicLong();

    @Start
    void start(Stage stage) {
        settings = new AppSettings(prefs);
        AppWindows app = new AppWindows(settings, ClipboardPort.inMemory());
        Path file = Fixtures.repo().resolve("assets/examples/monolith.archsim.json");
        window = app.open(stage, file);
        window.canvas().fitToDesign();
        window.live().viewModel().addListener(new RunListener() {
            @Override
            public void runReset() {
                resets.incrementAndGet();
            }

            @Override
            public void runProgress(SimulationReport report) {
                last.set(report);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        window.live().viewModel().close();
        prefs.removeNode();
    }

    @Test
    void crashingAPartFromItsContextMenuShowsErrors(FxRobot robot) throws Exception {
        robot.interact(() -> window.live().viewModel().setSpeed(10));
        robot.clickOn("#run-play");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> last.get() != null && last.get().system().completed() > 0);
        assertThat(resets.get()).isPositive();
        assertThat(last.get().system().errors()).isZero();

        var db = window.editor().design().components().stream().filter(c -> c.kind().id().equals("database"))
                .findFirst().orElseThrow();
        // The headless robot's right click raises no context-menu request under Monocle, so the test raises the
        // request itself, on the canvas at the database card's centre: the canvas's own handler finds the part,
        // selects it, builds the menu (with its "Inject Fault" submenu) and shows it as a popup window.
        robot.interact(() -> requestContextMenuAt(window.canvas(), db));
        ContextMenu menu = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing()).map(w -> (ContextMenu) w)
                .filter(m -> "canvas-menu".equals(m.getId())).findFirst().orElseThrow()).get(10, TimeUnit.SECONDS);
        Menu inject = menu.getItems().stream().filter(i -> "menu-inject-fault".equals(i.getId()))
                .map(i -> (Menu) i).findFirst().orElseThrow();
        assertThat(inject.isDisable()).isFalse();
        assertThat(inject.getItems()).extracting(MenuItem::getText).contains("Crash", "Recover", "Partition (cut off)");
        assertThat(window.editor().selection().containsPart(db.id())).as("right-clicked part selected").isTrue();
        // Open the submenu and click "Crash" as a pointer would, on the nodes of the shown popup.
        robot.clickOn(robot.lookup(".context-menu .menu-item").lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.Labeled l && "Inject Fault".equals(l.getText())).queryLabeled());
        robot.clickOn(robot.lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.Labeled l && "Crash".equals(l.getText())
                        && n.getScene() != null && n.getScene().getWindow() != menu).queryLabeled());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> last.get().system().errors() > 0);
        assertThat(last.get().components().get(db.id()).errorsByReason()).isNotEmpty();
        // The crash is a live mark on the timeline, named in its text.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks(robot, "live").stream()
                .anyMatch(p -> p.getAccessibleText().matches("\\d+\\.\\d s: crash " + db.id())));
        assertThat(robot.lookup("#status-clock").queryAs(Label.class).getText()).startsWith("t = ");
        // The dashboard (View > Show Dashboard), filtered to the selected database, lists the failures begun there.
        robot.interact(() -> window.dashboard().show(true));
        ListView<String> failures = robot.lookup("#dash-failures").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !failures.getItems().isEmpty());
        assertThat(failures.getItems().get(0)).contains(" at " + db.id() + ": ");
        // Its Requests tab lists the live run's traced requests; picking one shows its path, one row per call.
        ListView<RequestTrace> requests = robot.lookup("#dash-traces").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> requests.getItems().size() > 5);
        RequestTrace picked = WaitForAsyncUtils.asyncFx(() -> requests.getItems().get(0)).get(10, TimeUnit.SECONDS);
        robot.interact(() -> requests.getSelectionModel().select(picked));
        TableView<?> hops = robot.lookup("#dash-hops").queryAs(TableView.class);
        assertThat(window.dashboard().viewModel().followedProperty().get()).isEqualTo(picked);
        assertThat(hops.getItems()).hasSize(picked.hops().size()).isNotEmpty();
    }

    @Test
    void reducedMotionIsRememberedForTheNextStart(FxRobot robot) {
        javafx.scene.control.CheckBox box = robot.lookup("#run-reduced-motion").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(box.isSelected()).isFalse();
        robot.clickOn(box);
        assertThat(window.live().layer().reducedMotionProperty().get()).isTrue();
        // The next start: fresh settings read from the same preferences, a new window.
        MainWindow[] next = new MainWindow[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            next[0] = new AppWindows(new AppSettings(prefs), ClipboardPort.inMemory()).open(stage[0], null);
        });
        assertThat(next[0].live().layer().reducedMotionProperty().get()).isTrue();
        robot.interact(() -> stage[0].hide());
    }

    @Test
    void theTimelineMarksEachFaultWhereTheThumbShowsItsTime(FxRobot robot) throws Exception {
        RunViewModel vm = window.live().viewModel();
        Scenario two = scenario(120, Fault.of(30, FaultType.CRASH, "db"),
                Fault.of(90, FaultType.SLOW_DOWN, "app").withFactor(2.0));
        robot.interact(() -> vm.scenarioProperty().set(two));
        Slider timeline = robot.lookup("#run-timeline").queryAs(Slider.class);
        assertThat(timeline.getMax()).isEqualTo(120);
        assertThat(marks(robot, "scheduled")).extracting(Polygon::getAccessibleText)
                .containsExactly("30.0 s: crash db", "90.0 s: slow-down app ×2");
        assertThat(marks(robot, "live")).isEmpty();
        assertUnderThumb(robot, timeline, 30, "30.0 s: crash db");
        assertUnderThumb(robot, timeline, 90, "90.0 s: slow-down app ×2");

        // A narrower strip: the track is shorter, and the marks still sit where the thumb shows their times. (The
        // slider is narrowed, not the stage: that is the toolkit's primary stage, shared by every UI test, and
        // Monocle's headless screen drops a frame with an error when a stage grows back.)
        double wide = timeline.getWidth();
        assertThat(wide).isGreaterThan(500);
        robot.interact(() -> timeline.setMaxWidth(wide * 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getWidth()).isCloseTo(wide * 0.6, within(1.0));
        assertUnderThumb(robot, timeline, 30, "30.0 s: crash db");
        assertUnderThumb(robot, timeline, 90, "90.0 s: slow-down app ×2");
        robot.interact(() -> timeline.setMaxWidth(Double.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getWidth()).isCloseTo(wide, within(1.0));
        assertUnderThumb(robot, timeline, 30, "30.0 s: crash db"); // and wide again

        // Hovering a mark names it.
        Polygon crash = mark(robot, "scheduled", "30.0 s: crash db");
        robot.moveTo(crash).moveBy(1, 0).moveBy(-1, 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tooltipShowing().equals("30.0 s: crash db"));

        // Another scenario, twice as long: its marks, placed on its length — and styled in the very layout that
        // makes them (shapes made then would otherwise miss the pulse's CSS pass and show black for a frame).
        robot.moveTo("#run-play");
        javafx.scene.paint.Paint[] firstFill = new javafx.scene.paint.Paint[1];
        robot.interact(() -> {
            vm.scenarioProperty().set(scenario(240, Fault.of(30, FaultType.CRASH, "db")));
            timeline.layout();
            firstFill[0] = marks(robot, "scheduled").get(0).getFill();
        });
        assertThat(firstFill[0]).isEqualTo(javafx.scene.paint.Color.web("#882255"));
        assertThat(timeline.getMax()).isEqualTo(240);
        assertThat(marks(robot, "scheduled")).extracting(Polygon::getAccessibleText)
                .containsExactly("30.0 s: crash db");
        assertUnderThumb(robot, timeline, 30, "30.0 s: crash db");

        // A fault injected live is a mark of the other kind, below the line.
        robot.interact(() -> {
            vm.step();
            vm.step();
            vm.step();
            vm.inject(Fault.of(0, FaultType.CRASH, "app"));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks(robot, "live").size() == 1);
        Polygon live = mark(robot, "live", "0.3 s: crash app");
        assertThat(live.getBoundsInParent().getMinY()).isGreaterThan(crash.getBoundsInParent().getMaxY());
        // Colours per theme (styled as soon as they show: a shape made during layout is styled there and then).
        crash = mark(robot, "scheduled", "30.0 s: crash db");
        assertThat(crash.getFill()).isEqualTo(javafx.scene.paint.Color.web("#882255"));
        assertThat(live.getFill()).isEqualTo(javafx.scene.paint.Color.web("#D55E00"));
        robot.interact(() -> settings.themeProperty().set(org.archsim.app.settings.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(crash.getFill()).isEqualTo(javafx.scene.paint.Color.web("#CC79A7"));
        assertThat(live.getFill()).isEqualTo(javafx.scene.paint.Color.web("#E69F00"));
        robot.interact(() -> settings.themeProperty().set(org.archsim.app.settings.Theme.LIGHT));
        assertUnderThumb(robot, timeline, 0.3, "0.3 s: crash app");

        // Scrubbing still rewinds: play past 20 s, pause, drag the thumb back towards 10 s.
        robot.interact(() -> {
            vm.setSpeed(25);
            vm.play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.snapshotProperty().get().nowUs() > 20_000_000);
        robot.interact(vm::pause);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !vm.running());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node thumb = timeline.lookup(".thumb");
        Bounds track = timeline.lookup(".track").getBoundsInLocal();
        Point2D to = timeline.localToScreen(timeline.lookup(".track").getBoundsInParent().getMinX()
                + track.getWidth() * 10 / 240, thumb.getBoundsInParent().getCenterY());
        robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY).moveTo(to)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshotProperty().get().nowUs() < 20_000_000);
        RunSnapshot back = vm.snapshotProperty().get();
        assertThat(back.nowUs() / 1e6).isBetween(5.0, 15.0).isCloseTo(timeline.getValue(), within(0.001));
        assertThat(back.actions()).hasSize(1); // the crash at 0.3 s, before the rewind
        assertThat(marks(robot, "live")).extracting(Polygon::getAccessibleText).containsExactly("0.3 s: crash app");
    }

    @Test
    void theRunStripNamesTheScenarioAndGoesBackToTheDefault(FxRobot robot) throws Exception {
        RunViewModel vm = window.live().viewModel();
        MenuButton picker = robot.lookup("#run-scenario").queryAs(MenuButton.class);
        MenuItem useDefault = picker.getItems().stream().filter(i -> "run-scenario-default".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(picker.getText()).isEqualTo("default scenario");
        assertThat(picker.getItems()).extracting(MenuItem::getText)
                .containsExactly("Choose Scenario…", "Use Default Scenario");
        assertThat(useDefault.isDisable()).as("already the default").isTrue();

        Path file = java.nio.file.Files.createTempDirectory("archsim-ui").resolve("db-outage.scenario.json");
        org.archsim.model.io.ScenarioCodec.write(scenario(90, Fault.of(30, FaultType.CRASH, "db")), file);
        robot.interact(() -> {
            try {
                vm.loadScenario(file); // what Choose Scenario… does once its file dialog returns
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(picker.getText()).isEqualTo("db-outage");
        assertThat(useDefault.isDisable()).isFalse();
        assertThat(robot.lookup("#run-timeline").queryAs(Slider.class).getMax()).isEqualTo(90);
        assertThat(marks(robot, "scheduled")).extracting(Polygon::getAccessibleText)
                .containsExactly("30.0 s: crash db");
        assertThat(picker.getWidth()).as("the name shows whole").isGreaterThanOrEqualTo(picker.prefWidth(-1) - 0.5);

        // Pick "Use Default Scenario" in the strip's menu, as a pointer would.
        robot.clickOn(picker);
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && "Use Default Scenario".equals(l.getText()) && n.getScene() != picker.getScene()).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getText()).isEqualTo("default scenario");
        assertThat(vm.scenarioProperty().get()).isEqualTo(RunViewModel.liveDefault());
        assertThat(marks(robot, "scheduled")).isEmpty();
        assertThat(useDefault.isDisable()).isTrue();
    }

    private static Scenario scenario(double durationS, Fault... faults) {
        return new Scenario(durationS, 2, 1, List.of(new LoadStep(0, 1)), List.of(faults));
    }

    /** The timeline's marks of one kind ("scheduled", "live"), front shapes only, left to right. */
    private static List<Polygon> marks(FxRobot robot, String kind) {
        return robot.lookup(".timeline-mark." + kind).queryAllAs(Polygon.class).stream()
                .filter(p -> !p.getStyleClass().contains("behind"))
                .sorted(java.util.Comparator.comparingDouble(p -> p.getBoundsInParent().getCenterX())).toList();
    }

    private static Polygon mark(FxRobot robot, String kind, String text) {
        return java.util.stream.Stream.concat(marks(robot, "scheduled").stream(), marks(robot, "live").stream())
                .filter(p -> p.getStyleClass().contains(kind) && text.equals(p.getAccessibleText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " mark " + text));
    }

    /** With the thumb moved to {@code timeS} (not a drag: no rewind), the mark named {@code text} is under it. */
    private static void assertUnderThumb(FxRobot robot, Slider timeline, double timeS, String text) {
        robot.interact(() -> timeline.setValue(timeS));
        WaitForAsyncUtils.waitForFxEvents();
        Polygon m = java.util.stream.Stream.concat(marks(robot, "scheduled").stream(), marks(robot, "live").stream())
                .filter(p -> text.equals(p.getAccessibleText())).findFirst().orElseThrow();
        double thumb = timeline.lookup(".thumb").getBoundsInParent().getCenterX();
        assertThat(m.getBoundsInParent().getCenterX()).as(text + " under the thumb").isCloseTo(thumb, within(1.0));
    }

    /** The text of the tooltip showing now, or "". */
    private static String tooltipShowing() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }

    /** Raises a context-menu request on {@code canvas} at the centre of {@code part}'s card, as a right click would. */
    private static void requestContextMenuAt(CanvasView canvas, Component part) {
        Bounds card = CardGeometry.bounds(part);
        double k = canvas.viewport().scale();
        double x = card.getCenterX() * k + canvas.viewport().translateXProperty().get();
        double y = card.getCenterY() * k + canvas.viewport().translateYProperty().get();
        Point2D scene = canvas.localToScene(x, y);
        Point2D screen = canvas.localToScreen(x, y);
        canvas.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), false, null));
    }
}
