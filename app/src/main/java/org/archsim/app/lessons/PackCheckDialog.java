package org.archsim.app.lessons;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.check.LessonCheck;
import org.archsim.lessons.check.PackChecker;
import org.archsim.lessons.check.VariantResult;

/**
 * The instructors' pack check in the app: runs {@link PackChecker} (at its minimum of seeds, two threads) on a
 * background thread with a progress bar, then shows one table row per lesson and design — what it must do, on how
 * many seeds it did, and the first goal that broke the expectation.
 */
final class PackCheckDialog {

    /** One table row. */
    record Row(String lesson, String design, String expectation, String seeds, String verdict, String detail) {
    }

    private PackCheckDialog() {
    }

    /** The table rows of finished checks. */
    static List<Row> rows(List<LessonCheck> checks) {
        List<Row> out = new ArrayList<>();
        for (LessonCheck c : checks) {
            for (VariantResult v : c.rows()) {
                out.add(new Row(c.lessonId(), v.variant().label(), v.variant().expectation(),
                        v.seedsAsExpected() + "/" + v.seeds(), v.holds() ? "✓ holds" : "✗ FAILS", v.detail()));
            }
        }
        return out;
    }

    static void show(Window owner, LessonPack pack) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Check Pack — " + pack.title());
        Label status = new Label("Checking " + pack.lessons().size() + " lessons over " + PackChecker.MIN_SEEDS
                + " seeds…");
        status.setId("pack-check-status");
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        TableView<Row> table = new TableView<>();
        table.setId("pack-check-table");
        table.getColumns().add(column("Lesson", Row::lesson, 150));
        table.getColumns().add(column("Design", Row::design, 110));
        table.getColumns().add(column("Must", Row::expectation, 120));
        table.getColumns().add(column("Seeds", Row::seeds, 60));
        table.getColumns().add(column("Result", Row::verdict, 80));
        table.getColumns().add(column("Detail", Row::detail, 420));
        VBox root = new VBox(8, status, bar, table);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 980, 560));
        stage.show();
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            List<LessonCheck> checks = new PackChecker(PackChecker.MIN_SEEDS, 2).check(pack, p -> Platform.runLater(
                    () -> {
                        bar.setProgress((double) p.done() / p.total());
                        status.setText("Checking " + p.lessonId() + " — " + p.done() + " of " + p.total() + " runs");
                    }));
            long failed = checks.stream().filter(c -> !c.passed()).count();
            Platform.runLater(() -> {
                bar.setProgress(1);
                table.getItems().setAll(rows(checks));
                status.setText((failed == 0 ? "✓ Every lesson checks out" : "✗ " + failed + " lesson(s) fail their check")
                        + String.format(" (%.1f s)", (System.nanoTime() - t0) / 1e9));
            });
        }, "pack-check-ui");
        t.setDaemon(true);
        t.start();
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> f, int w) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
