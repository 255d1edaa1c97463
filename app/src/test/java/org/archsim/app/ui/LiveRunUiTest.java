package org.archsim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.export.Fixtures;
import org.archsim.app.run.RunListener;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A live run in the real window: play, crash a part from its context menu, and see the errors reach a listener. */
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
        // The headless robot's right click raises no context-menu request (no popup appears under Monocle), so fire
        // the very item the part's "Inject Fault" menu holds.
        var crash = window.live().faultMenuItems(db.id()).stream().filter(i -> "Crash".equals(i.getText()))
                .findFirst().orElseThrow();
        robot.interact(crash::fire);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> last.get().system().errors() > 0);
        assertThat(last.get().components().get(db.id()).errorsByReason()).isNotEmpty();
        Label timeline = robot.lookup("#run-timeline-faults").queryAs(Label.class);
        assertThat(timeline.getText()).contains("crash " + db.id());
        assertThat(robot.lookup("#status-clock").queryAs(Label.class).getText()).startsWith("t = ");
    }
}
