package org.archsim.app.actions;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The command palette window (Ctrl+K): a search field over a list of actions and part kinds. Typing filters, the
 * arrow keys move, Enter runs the highlighted entry, Escape or clicking elsewhere closes it.
 */
public final class CommandPaletteView {

    private CommandPaletteView() {
    }

    /** Opens the palette over {@code owner}. */
    public static void show(Window owner, CommandPaletteViewModel vm) {
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        TextField query = new TextField();
        query.setId("command-query");
        query.setPromptText("Type a command or a part to add…");
        ListView<CommandPaletteViewModel.Entry> list = new ListView<>();
        list.setId("command-list");
        list.setPrefHeight(320);
        list.setCellFactory(v -> new EntryCell());
        list.getItems().setAll(vm.search(""));
        list.getSelectionModel().selectFirst();
        query.textProperty().addListener((o, a, b) -> {
            list.getItems().setAll(vm.search(b));
            list.getSelectionModel().selectFirst();
        });
        Runnable runSelected = () -> {
            CommandPaletteViewModel.Entry e = list.getSelectionModel().getSelectedItem();
            stage.close();
            if (e != null) {
                e.run().run();
            }
        };
        query.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> list.getSelectionModel().selectNext();
                case UP -> list.getSelectionModel().selectPrevious();
                case ENTER -> runSelected.run();
                case ESCAPE -> stage.close();
                default -> {
                    return;
                }
            }
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                runSelected.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        VBox box = new VBox(8, query, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("command-palette");
        BorderPane root = new BorderPane(box);
        Scene scene = new Scene(root, 560, 380);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        stage.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                stage.close();
            }
        });
        stage.setX(owner.getX() + (owner.getWidth() - 560) / 2);
        stage.setY(owner.getY() + 80);
        stage.show();
        query.requestFocus();
    }

    private static final class EntryCell extends ListCell<CommandPaletteViewModel.Entry> {
        @Override
        protected void updateItem(CommandPaletteViewModel.Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.title());
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("command-detail");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            setGraphic(new HBox(8, title, gap, detail));
            setText(null);
        }
    }
}
