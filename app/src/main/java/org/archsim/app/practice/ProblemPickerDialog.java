package org.archsim.app.practice;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.archsim.lessons.practice.PracticeProblem;

/**
 * Interview Practice…: the bundled problems (title and a one-line brief) and how to begin — with a new empty design
 * or with the design already on the canvas. Answers a {@link PracticeController.Start}, or nothing when cancelled.
 */
final class ProblemPickerDialog {

    private ProblemPickerDialog() {
    }

    static Optional<PracticeController.Start> show(Window owner, List<PracticeProblem> problems,
            boolean canvasHasParts) {
        Dialog<PracticeController.Start> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Interview Practice");
        d.setHeaderText("Pick a problem. The clock starts when you begin.");
        ListView<PracticeProblem> list = new ListView<>();
        list.setId("practice-problems");
        list.getItems().setAll(problems);
        list.setPrefSize(680, 420);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PracticeProblem p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(p.title());
                title.getStyleClass().add("text-bold");
                Label brief = new Label(oneLine(p.brief()));
                brief.getStyleClass().add("text-muted");
                brief.setWrapText(true);
                brief.prefWidthProperty().bind(list.widthProperty().subtract(40));  // wrap, never scroll sideways
                brief.setMinHeight(Region.USE_PREF_SIZE);
                setGraphic(new VBox(2, title, brief));
            }
        });
        list.getSelectionModel().selectFirst();
        ToggleGroup start = new ToggleGroup();
        RadioButton fresh = new RadioButton("Start from a new empty design");
        fresh.setId("practice-start-empty");
        RadioButton keep = new RadioButton("Keep the current design");
        keep.setId("practice-start-keep");
        fresh.setToggleGroup(start);
        keep.setToggleGroup(start);
        (canvasHasParts ? keep : fresh).setSelected(true);
        VBox content = new VBox(10, list, fresh, keep);
        content.setPadding(new Insets(4, 0, 0, 0));
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(720);
        ButtonType begin = new ButtonType("Begin", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(begin, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(begin).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == begin && list.getSelectionModel().getSelectedItem() != null
                ? new PracticeController.Start(list.getSelectionModel().getSelectedItem(), keep.isSelected())
                : null);
        return d.showAndWait();
    }

    /** The brief's first sentence (up to its full stop, question or exclamation mark): shown under the title. */
    static String oneLine(String brief) {
        String b = brief.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.?!] ").matcher(b);
        return m.find() ? b.substring(0, m.start() + 1) : b;
    }
}
