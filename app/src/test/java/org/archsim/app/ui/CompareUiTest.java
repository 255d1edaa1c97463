package org.archsim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.export.Fixtures;
import org.archsim.app.run.RunViewModel;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.model.io.DesignCodec;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Simulate ▸ Compare with File… in the real window: the setup dialog filled in and confirmed, the comparison's own
 * window with a progress bar per design, the side-by-side table with the figures of a straight run; and a long
 * comparison cancelled while the main window is edited.
 */
@ExtendWith(ApplicationExtension.class)
class CompareUiTest {

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private final Path monolith = Fixtures.repo().resolve("assets/examples/monolith.archsim.json");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new AppWindows(new AppSettings(prefs), ClipboardPort.inMemory()).open(stage, monolith);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        robot.lookup("#compare-close").tryQuery().ifPresent(n -> robot.interact(((Button) n)::fire));
        window.live().viewModel().close();
        prefs.removeNode();
    }

    /** Opens the setup dialog (it waits for an answer, so not from inside an interact) and fills it in. */
    private void askToCompareWith(FxRobot robot, Path other, int seconds) throws Exception {
        Platform.runLater(() -> window.actions().require("simulate.compare").runIfEnabled());
        waitUntil(() -> robot.lookup("#compare-design").tryQuery().isPresent());
        TextField design = robot.lookup("#compare-design").queryAs(TextField.class);
        assertThat(Path.of(design.getText())).as("the document's own file is offered")
                .isEqualTo(monolith.toAbsolutePath().normalize());
        robot.interact(() -> design.setText(other.toString()));
        @SuppressWarnings("unchecked")
        Spinner<Integer> secs = robot.lookup("#compare-seconds").queryAs(Spinner.class);
        robot.interact(() -> secs.getValueFactory().setValue(seconds));
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Compare".equals(b.getText()))
                .queryButton());
        waitUntil(() -> robot.lookup("#compare-table").tryQuery().isPresent());
    }

    @Test
    void comparingWithAFileShowsBothDesignsFiguresSideBySide(FxRobot robot) throws Exception {
        Path scaled = Fixtures.repo().resolve("assets/examples/scaled-out.archsim.json");
        askToCompareWith(robot, scaled, 60);
        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());

        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Figure", "Current design", "scaled-out.archsim.json");
        assertThat(table.getScene().getWindow()).isInstanceOfSatisfying(Stage.class,
                s -> assertThat(s.getModality()).as("the main window stays usable").isEqualTo(Modality.NONE));
        // The figures are those of straight runs of both designs under the run's scenario cut to 60 s.
        var scenario = RunViewModel.liveDefault().withDurationS(60).withWarmupS(5);
        SimulationReport a = new Simulation(DesignCodec.read(monolith), scenario).run();
        SimulationReport b = new Simulation(DesignCodec.read(scaled), scenario).run();
        assertThat(cell(table, 0, 0)).isEqualTo("Throughput (req/s)");
        assertThat(cell(table, 0, 1)).isEqualTo(String.format(Locale.ROOT, "%.1f", a.system().throughputRps()));
        assertThat(cell(table, 0, 2)).isEqualTo(String.format(Locale.ROOT, "%.1f", b.system().throughputRps()));
        assertThat(robot.lookup("#compare-time-0").queryAs(Label.class).getText()).isEqualTo("60 s / 60 s");
        assertThat(robot.lookup("#compare-progress-1").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#compare-status").queryAs(Label.class).getText()).startsWith("Both runs finished in");
        assertThat(robot.lookup("#compare-cancel").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aLongComparisonCanBeCancelledWhileTheDesignIsEdited(FxRobot robot) throws Exception {
        Path micro = Fixtures.repo().resolve("assets/examples/microservices.archsim.json");
        askToCompareWith(robot, micro, 3600);
        ProgressBar bar = robot.lookup("#compare-progress-1").queryAs(ProgressBar.class);
        waitUntil(() -> bar.getProgress() > 0);
        Button cancel = robot.lookup("#compare-cancel").queryButton();
        assertThat(cancel.isDisabled()).isFalse();

        // The FX thread is free: an edit in the main window goes through while both designs run.
        String id = window.editor().design().components().get(0).id();
        robot.interact(() -> assertThat(window.editor().rename(id, "Edited meanwhile")).isEmpty());
        assertThat(window.editor().design().requireComponent(id).name()).isEqualTo("Edited meanwhile");
        assertThat(cancel.isDisabled()).as("still comparing").isFalse();

        robot.clickOn(cancel);
        Label status = robot.lookup("#compare-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Cancelled at ").endsWith(" of 3600 simulated seconds.");
        double stoppedAt = bar.getProgress();
        assertThat(stoppedAt).isLessThan(1.0);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getProgress()).as("nothing moves after the cancel").isEqualTo(stoppedAt);
        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#compare-again").queryButton().isDisabled()).isFalse();
    }

    private static String cell(TableView<?> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
