package org.archsim.app.lessons;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The lesson browser: every pack with its lessons and completion marks ({@link LessonLibrary#rows()}); double-click
 * or Open starts a lesson. Buttons open a pack from disk and move progress in and out.
 */
final class LessonBrowserDialog {

    private LessonBrowserDialog() {
    }

    static void show(LessonController c, LessonActions.Files files) {
        Stage stage = new Stage();
        stage.initOwner(c.window().stage());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Lessons");
        ListView<LessonLibrary.Row> list = new ListView<>();
        list.setId("lesson-browser");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LessonLibrary.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.text());
                setStyle(r != null && r.isPack() ? "-fx-font-weight: bold;" : "-fx-padding: 3 3 3 22;");
            }
        });
        Runnable fill = () -> list.getItems().setAll(c.library().rows());
        fill.run();
        c.library().revisionProperty().addListener(o -> fill.run());
        Runnable openSelected = () -> {
            LessonLibrary.Row r = list.getSelectionModel().getSelectedItem();
            if (r != null && !r.isPack()) {
                c.library().pack(r.packId()).ifPresent(p -> p.lesson(r.lessonId()).ifPresent(l -> {
                    stage.close();
                    c.open(p, l);
                }));
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        Button open = new Button("Open Lesson");
        open.setId("lesson-browser-open");
        open.setDefaultButton(true);
        open.setOnAction(e -> openSelected.run());
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().map(r -> r.isPack())
                .orElse(true));
        Button pack = new Button("Open Pack…");
        pack.setOnAction(e -> files.choosePack(stage).ifPresent(c::openPack));
        Button export = new Button("Export Progress…");
        export.setOnAction(e -> LessonActions.exportProgress(c, files, selectedPack(list)));
        Button imp = new Button("Import Progress…");
        imp.setOnAction(e -> LessonActions.importProgress(c, files));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label failures = new Label(String.join("\n", c.library().failures()));
        failures.setWrapText(true);
        failures.getStyleClass().add("danger");
        HBox buttons = new HBox(8, pack, export, imp, close, open);
        BorderPane root = new BorderPane(list, failures.getText().isEmpty() ? null : failures, null, buttons, null);
        root.setPadding(new Insets(12));
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        stage.setScene(new Scene(root, 640, 560));
        stage.show();
    }

    private static String selectedPack(ListView<LessonLibrary.Row> list) {
        LessonLibrary.Row r = list.getSelectionModel().getSelectedItem();
        return r == null ? null : r.packId();
    }
}
