package org.archsim.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.archsim.app.settings.Theme;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard on screen, fed with the reports of a real run: hovering a chart reads its values. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewUiTest {

    @TempDir
    Path dir;

    private final DashboardViewModel vm = new DashboardViewModel();
    private DashboardView view;
    private final List<SimulationReport> reports = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Design d = DesignCodec.read(Path.of("../assets/examples/monolith.archsim.json"));
        Simulation sim = new Simulation(d, new Scenario(20, 2, 5, Scenario.DEFAULT_LOAD,
                List.of(Fault.of(12, FaultType.CRASH, "db").withDurationS(4.0))));
        for (long t = 500_000; t <= 20_000_000; t += 500_000) {
            sim.runUntil(t);
            reports.add(sim.report());
        }
        view = new DashboardView(vm, new SimpleObjectProperty<>(Theme.DARK));
        stage.setScene(new Scene(view, 1100, 460));
        stage.show();
    }

    @Test
    void hoveringTheThroughputChartShowsItsValues(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.runReset();
            reports.forEach(vm::runProgress);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#dash-summary").queryAs(Label.class).getText().startsWith("t = 20.0 s"));
        var chart = robot.lookup("#dash-chart-throughput").query();
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        // A third of the way along the time axis (about 8 s: before the crash), mid height.
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 46 + (b.getWidth() - 56) / 3, b.getMinY() + 90));
        Label hover = robot.lookup("#dash-hover-throughput").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, hover::isVisible);
        String text = hover.getText();
        assertThat(text).contains("throughput: ").contains("goodput: ").contains("req/s");
        double tp = Double.parseDouble(text.replaceAll("(?s).*throughput: ([0-9.]+) req/s.*", "$1"));
        assertThat(tp).isBetween(150.0, 250.0);

        // The failures appear in the list once the database crashed; the charts export as a PNG.
        assertThat(robot.lookup("#dash-failures").queryListView().getItems())
                .anyMatch(f -> f.toString().contains(" at db: "));
        List<Path> files = new ArrayList<>();
        robot.interact(() -> {
            try {
                files.addAll(DashboardExport.writeAll(dir.resolve("dash.png"), view.chartsNode(), vm, null,
                        Scenario.defaults()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("dash.png", "dash-series.csv", "dash-parts.csv", "dash.json");
        var img = javax.imageio.ImageIO.read(files.get(0).toFile());
        assertThat(img.getWidth()).isGreaterThan(300);
        assertThat(Files.readString(files.get(1))).startsWith("scope,metric,series,timeS,value")
                .contains("system,throughput,throughput,").contains("app,utilisation,app,");
        assertThat(Files.readString(files.get(3))).contains("\"system\"");
    }
}
