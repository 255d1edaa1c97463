package org.archsim.app.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.archsim.app.settings.Theme;
import org.archsim.model.rules.Problem;

/**
 * The problems list under the canvas: every design-rule finding, errors first, each with the same shape as its
 * canvas badge. Selecting a problem selects the parts and links it is about, so the learner sees where it is.
 */
public final class ProblemsView extends ListView<Problem> {

    public ProblemsView(EditorViewModel vm) {
        setId("problems");
        getStyleClass().add("problems-list");
        setPlaceholder(new Label("No problems found. Run a simulation to see how the design behaves."));
        setCellFactory(v -> new ProblemCell());
        getItems().setAll(vm.problemsProperty().get());
        vm.problemsProperty().addListener((o, a, b) -> getItems().setAll(b));
        getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p == null) {
                return;
            }
            List<String> parts = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (String id : p.subjects()) {
                if (vm.design().component(id).isPresent()) {
                    parts.add(id);
                } else if (vm.design().link(id).isPresent()) {
                    links.add(id);
                }
            }
            vm.selectionProperty().set(new Selection(parts, links));
        });
    }

    /** A summary like "2 errors, 3 warnings" or "No problems". */
    public static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.size() - errors;
        if (problems.isEmpty()) {
            return "No problems";
        }
        return (errors > 0 ? errors + (errors == 1 ? " error" : " errors") : "")
                + (errors > 0 && warnings > 0 ? ", " : "")
                + (warnings > 0 ? warnings + (warnings == 1 ? " warning" : " warnings") : "");
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Shape mark = p.severity() == Problem.Severity.ERROR ? new Circle(6, Theme.ERROR)
                    : new Polygon(6, 0, 12, 11, 0, 11);
            if (mark instanceof Polygon t) {
                t.setFill(Theme.WARNING);
                t.setStroke(javafx.scene.paint.Color.web("#6b5d00"));
            }
            Label text = new Label(p.message());
            text.setWrapText(true);
            text.setMaxWidth(Math.max(200, getListView().getWidth() - 60));
            HBox row = new HBox(8, mark, text);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            setAccessibleText((p.severity() == Problem.Severity.ERROR ? "Error: " : "Warning: ") + p.message());
        }
    }
}
