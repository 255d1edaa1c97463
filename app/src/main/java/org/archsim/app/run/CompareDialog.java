package org.archsim.app.run;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Window;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;

/**
 * Runs two designs under the same scenario and seed and shows their key figures side by side in a table.
 */
final class CompareDialog {

    /** One row: a figure and its value in each design. */
    record Row(String figure, String a, String b) {
    }

    private CompareDialog() {
    }

    /** The rows comparing {@code a} and {@code b}, each run to the end of {@code s}. */
    static List<Row> rows(Design a, Design b, Scenario s) {
        SimulationReport ra = new Simulation(a, s).run();
        SimulationReport rb = new Simulation(b, s).run();
        return List.of(
                new Row("Throughput (req/s)", f(ra.system().throughputRps()), f(rb.system().throughputRps())),
                new Row("Goodput (req/s)", f(ra.system().goodputRps()), f(rb.system().goodputRps())),
                new Row("Errors", String.valueOf(ra.system().errors()), String.valueOf(rb.system().errors())),
                new Row("Error rate", pct(ra), pct(rb)),
                new Row("Latency p50 (ms)", f(ra.system().latency().p50Ms()), f(rb.system().latency().p50Ms())),
                new Row("Latency p99 (ms)", f(ra.system().latency().p99Ms()), f(rb.system().latency().p99Ms())));
    }

    static void show(Window owner, String nameA, Design a, String nameB, Design b, Scenario s) {
        TableView<Row> table = new TableView<>();
        table.setId("compare-table");
        table.getColumns().add(column("Figure", Row::figure));
        table.getColumns().add(column(nameA, Row::a));
        table.getColumns().add(column(nameB, Row::b));
        table.getItems().setAll(rows(a, b, s));
        table.setPrefSize(520, 240);
        Alert dialog = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Compare designs");
        dialog.setHeaderText(String.format(Locale.ROOT, "Same scenario (%.0f s, seed %d)", s.durationS(), s.seed()));
        dialog.getDialogPane().setContent(table);
        dialog.show();
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> get) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new SimpleStringProperty(get.apply(r.getValue())));
        c.setPrefWidth(170);
        return c;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct(SimulationReport r) {
        long n = r.system().arrivals();
        return n == 0 ? "—" : String.format(Locale.ROOT, "%.2f %%", 100.0 * r.system().errors() / n);
    }
}
