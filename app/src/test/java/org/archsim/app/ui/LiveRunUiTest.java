package org.archsim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;
import org.archsim.app.editor.CanvasView;
import org.archsim.app.editor.CardGeometry;
import org.archsim.model.Component;
import javafx.stage.Stage;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.export.Fixtures;
import org.archsim.app.run.RunListener;
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
 * request's path in its Requests tab; reduced motion is remembered for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class LiveRunUiTest {

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private MainWindow window;
    private final AtomicReference<SimulationReport> last = new AtomicReference<>();
    private final AtomicLong resets = new AtomicLong();

    @Start
    void start(Stage stage) {
        AppWindows app = new AppWindows(new AppSettings(prefs), ClipboardPort.inMemory());
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
        Label timeline = robot.lookup("#run-timeline-faults").queryAs(Label.class);
        assertThat(timeline.getText()).contains("crash " + db.id());
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
