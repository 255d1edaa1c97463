package org.archsim.app.inspector;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The inspector panel: a header (title, kind, description), a name field for a part or the design, and a grid of
 * generated parameter editors ({@link ParamEditors}). Views only: every decision is in {@link InspectorViewModel}.
 */
public final class InspectorView extends VBox {

    private final InspectorViewModel vm;
    private final TextField name = new TextField();
    private final Label nameLabel = new Label("Name");
    private final Label nameError = new Label();
    private final GridPane grid = new GridPane();

    public InspectorView(InspectorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("inspector");
        setId("inspector");
        Label panel = new Label("Inspector");
        panel.getStyleClass().add("panel-title");
        Label title = new Label();
        title.getStyleClass().add("inspector-title");
        title.setId("inspector-title");
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.textProperty().bind(vm.subtitleProperty());
        Label description = new Label();
        description.getStyleClass().add("panel-help");
        description.setWrapText(true);
        description.textProperty().bind(vm.descriptionProperty());

        name.setId("inspector-name");
        name.setOnAction(e -> vm.rename(name.getText()));
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.rename(name.getText());
            }
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                name.setText(vm.titleProperty().get());
            }
        });
        vm.titleProperty().addListener((o, a, b) -> {
            if (!name.isFocused()) {
                name.setText(b);
            }
        });
        name.setText(vm.titleProperty().get());
        nameError.getStyleClass().add("field-error");
        nameError.textProperty().bind(vm.nameErrorProperty());
        nameError.visibleProperty().bind(vm.nameErrorProperty().isNotEmpty());
        nameError.managedProperty().bind(nameError.visibleProperty());
        nameLabel.setLabelFor(name);

        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        labels.setPrefWidth(128);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setMinWidth(64);
        grid.getColumnConstraints().addAll(labels, editors, new ColumnConstraints(), new ColumnConstraints());

        VBox body = new VBox(8, title, subtitle, description, nameLabel, name, nameError, grid);
        body.setPadding(new Insets(0, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setSpacing(8);
        setPadding(new Insets(12, 0, 0, 12));
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(panel, scroll);
        vm.rowsProperty().addListener(o -> rebuild());
        vm.subjectProperty().addListener(o -> updateName());
        rebuild();
        updateName();
    }

    private void updateName() {
        InspectorViewModel.Subject s = vm.subjectProperty().get();
        boolean named = s == InspectorViewModel.Subject.PART || s == InspectorViewModel.Subject.DESIGN;
        name.setVisible(named);
        name.setManaged(named);
        nameLabel.setVisible(named);
        nameLabel.setManaged(named);
        nameLabel.setText(s == InspectorViewModel.Subject.DESIGN ? "Design name" : "Name");
        name.setText(vm.titleProperty().get());
    }

    private void rebuild() {
        grid.getChildren().clear();
        int r = 0;
        for (ParamRow row : vm.rowsProperty().get()) {
            r = ParamEditors.addRow(grid, r, row, vm);
        }
    }
}
