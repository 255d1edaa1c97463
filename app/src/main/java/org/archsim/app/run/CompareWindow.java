package org.archsim.app.run;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.archsim.model.scenario.Scenario;

/**
 * The comparison's own window, not modal (the main window stays editable while the two designs run): a progress bar
 * and the simulated time reached per design, Cancel, the status (the located message when a design cannot be read or
 * a simulation throws), and the side-by-side table once both finish. Run Again starts over with the design as it is
 * now; closing the window cancels a comparison under way. All logic is in {@link CompareRun}.
 */
final class CompareWindow {

    private final Stage stage = new Stage();

    private CompareWindow(Window owner, CompareRun run, Scenario s, Runnable again) {
        stage.initOwner(owner);
        stage.setTitle("Compare designs");
        Label header = new Label(String.format(Locale.ROOT, "Same scenario: %.0f s simulated (%.0f s warm-up), seed %d",
                s.durationS(), s.warmupS(), s.seed()));
        header.setId("compare-header");
        GridPane bars = new GridPane();
        bars.setHgap(10);
        bars.setVgap(6);
        for (int i = 0; i < 2; i++) {
            ProgressBar bar = new ProgressBar();
            bar.setId("compare-progress-" + i);
            bar.setPrefWidth(260);
            bar.progressProperty().bind(run.progressProperty(i));
            Label time = new Label();
            time.setId("compare-time-" + i);
            time.textProperty().bind(run.progressTextProperty(i));
            time.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(run.name(i));
            name.setMinWidth(Region.USE_PREF_SIZE);
            bars.addRow(i, name, bar, time);
        }
        Label status = new Label();
        status.setId("compare-status");
        status.setWrapText(true);
        status.setMaxWidth(600);
        status.setMinHeight(Region.USE_PREF_SIZE); // a located message in full, not cut to "…" by the table below
        status.textProperty().bind(run.statusProperty());

        TableView<CompareFigures.Row> table = new TableView<>();
        table.setId("compare-table");
        table.setPlaceholder(new Label("The figures appear here when both runs finish."));
        table.getColumns().add(column("Figure", CompareFigures.Row::figure));
        table.getColumns().add(column(run.name(0), CompareFigures.Row::a));
        table.getColumns().add(column(run.name(1), CompareFigures.Row::b));
        table.setPrefSize(600, 360); // every row without scrolling
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(run.rowsProperty().get());
        run.rowsProperty().addListener((o, a, rows) -> table.getItems().setAll(rows));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button rerun = new Button("Run Again");
        rerun.setId("compare-again");
        rerun.setOnAction(e -> again.run());
        Button cancel = new Button("Cancel");
        cancel.setId("compare-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> run.cancel());
        Button close = new Button("Close");
        close.setId("compare-close");
        close.setOnAction(e -> stage.hide());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, grow, rerun, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        run.stateProperty().addListener((o, a, state) -> show(state, rerun, cancel, status));
        show(run.stateProperty().get(), rerun, cancel, status);

        VBox root = new VBox(10, header, bars, status, table, buttons);
        root.setId("compare-window");
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            // The owner's look: stylesheets, theme class and text size live on its scene and root.
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered(c -> c.startsWith("theme")));
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> run.cancel()); // nobody watches any more: stop the simulations
    }

    /** Opens the window for {@code run} (already started or about to be) under scenario {@code s}. */
    static Stage open(Window owner, CompareRun run, Scenario s, Runnable again) {
        CompareWindow w = new CompareWindow(owner, run, s, again);
        w.stage.show();
        return w.stage;
    }

    private static void show(CompareRun.State state, Button rerun, Button cancel, Label status) {
        boolean running = state == CompareRun.State.RUNNING;
        rerun.setDisable(running);
        cancel.setDisable(!running);
        status.getStyleClass().remove("field-error");
        if (state == CompareRun.State.FAILED) {
            status.getStyleClass().add("field-error");
        }
    }

    private static TableColumn<CompareFigures.Row, String> column(String title,
                                                                  Function<CompareFigures.Row, String> get) {
        TableColumn<CompareFigures.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new SimpleStringProperty(get.apply(r.getValue())));
        c.setPrefWidth(title.equals("Figure") ? 170 : 210);
        return c;
    }
}
