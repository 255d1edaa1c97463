package org.archsim.app.export.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.archsim.app.export.render.Theme;
import org.archsim.app.files.FileDialogs;

/**
 * File → Export…: a thin view over {@link ExportDialogModel}. Options on the left, a live preview on the right
 * (redrawn a moment after any option changes), Export… asks where to save and writes atomically; a failure is shown
 * with its cause and the dialog stays open so the learner can pick another place.
 */
public final class ExportDialog {

    private static final double PREVIEW_W = 560;
    private static final double PREVIEW_H = 400;

    private final ExportDialogModel model;
    private final FileDialogs dialogs;
    private final Stage stage = new Stage();
    private final ImageView image = new ImageView();
    private final TextArea text = new TextArea();
    private final Label status = new Label();

    private ExportDialog(Window owner, ExportDialogModel model, FileDialogs dialogs, Path initialDir) {
        this.model = model;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");

        ComboBox<DialogFormat> format = new ComboBox<>();
        format.getItems().setAll(model.formats());
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setId("export-format");

        ToggleGroup scales = new ToggleGroup();
        HBox scaleBox = new HBox(4);
        for (int s : List.of(1, 2, 4)) {
            ToggleButton b = new ToggleButton(s + "×");
            b.setId("export-scale-" + s);
            b.setToggleGroup(scales);
            b.setSelected(model.scaleProperty().get() == s);
            b.setOnAction(e -> {
                model.scaleProperty().set(s);
                b.setSelected(true);
            });
            scaleBox.getChildren().add(b);
        }
        scaleBox.disableProperty().bind(model.scaleApplicableProperty().not());

        ComboBox<Theme> theme = new ComboBox<>();
        theme.getItems().setAll(Theme.LIGHT, Theme.DARK);
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : t == Theme.DARK ? "Dark" : "Light";
            }

            @Override
            public Theme fromString(String s) {
                return Theme.named(s);
            }
        });
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setId("export-theme");
        theme.disableProperty().bind(model.formatProperty().map(DialogFormat::isResults));

        CheckBox transparent = check("Transparent background", "export-transparent", model.transparentProperty());
        transparent.disableProperty().bind(model.pictureOptionsApplicableProperty().not());
        CheckBox metrics = check("Overlay the last run's metrics", "export-metrics", model.includeMetricsProperty());
        metrics.disableProperty().bind(model.pictureOptionsApplicableProperty().not()
                .or(model.metricsAvailableProperty().not()));
        CheckBox selection = check("Selection only", "export-selection", model.selectionOnlyProperty());
        selection.disableProperty().bind(model.selectionAvailableProperty().not());

        GridPane options = new GridPane();
        options.setHgap(10);
        options.setVgap(10);
        options.addRow(0, new Label("Format"), format);
        options.addRow(1, new Label("Scale"), scaleBox);
        options.addRow(2, new Label("Theme"), theme);
        options.add(transparent, 0, 3, 2, 1);
        options.add(metrics, 0, 4, 2, 1);
        options.add(selection, 0, 5, 2, 1);
        Label hint = new Label(model.metricsAvailableProperty().get() ? ""
                : "Run the design to export its metrics (CSV, JSON) or overlay them.");
        hint.setWrapText(true);
        hint.setMaxWidth(240);
        hint.getStyleClass().add("text-muted");
        options.add(hint, 0, 6, 2, 1);

        text.setEditable(false);
        text.setId("export-preview-text");
        text.setStyle("-fx-font-family: monospace;");
        image.setId("export-preview-image");
        image.setPreserveRatio(true);
        StackPane preview = new StackPane(image, text);
        preview.setPrefSize(PREVIEW_W, PREVIEW_H);
        preview.setMinSize(PREVIEW_W / 2, PREVIEW_H / 2);
        preview.getStyleClass().add("bordered");
        preview.setStyle("-fx-border-color: -color-border-default; -fx-background-color: -color-bg-subtle;");

        Button export = new Button("Export…");
        export.setId("export-save");
        export.setDefaultButton(true);
        export.setOnAction(e -> save(initialDir));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        status.setId("export-status");
        status.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, grow, cancel, export);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(preview, null, null, buttons, options);
        BorderPane.setMargin(options, new Insets(0, 16, 0, 0));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.setId("export-dialog");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);

        // Redraw shortly after the last change, so clicking through options stays responsive on big designs.
        PauseTransition later = new PauseTransition(Duration.millis(120));
        later.setOnFinished(e -> refresh());
        for (Observable o : List.of(model.formatProperty(), model.scaleProperty(), model.themeProperty(),
                model.transparentProperty(), model.selectionOnlyProperty(), model.includeMetricsProperty())) {
            o.addListener(x -> later.playFromStart());
        }
        refresh();
    }

    /** Shows the dialog for {@code model} over {@code owner}; returns at once (the dialog is window-modal). */
    public static ExportDialog show(Window owner, ExportDialogModel model, FileDialogs dialogs, Path initialDir) {
        ExportDialog d = new ExportDialog(owner, model, dialogs, initialDir);
        d.stage.show();
        return d;
    }

    private static CheckBox check(String label, String id, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(label);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private void refresh() {
        ExportDialogModel.Preview p = model.preview(PREVIEW_W - 16, PREVIEW_H - 16);
        boolean picture = p.image() != null;
        image.setImage(picture ? DiagramImage.toFx(p.image()) : null);
        image.setVisible(picture);
        text.setVisible(!picture);
        text.setText(picture ? "" : p.text());
    }

    private void save(Path initialDir) {
        Optional<Path> file = dialogs.chooseSave(initialDir, model.suggestedFileNameProperty().get());
        if (file.isEmpty()) {
            return;
        }
        Optional<String> failure = model.exportReportingFailure(file.get());
        if (failure.isPresent()) {
            status.setText("Export failed.");
            dialogs.showError("Export failed", failure.get());
            return;
        }
        stage.close();
    }

    /** The dialog's window (tests and the owner's notice). */
    public Stage stage() {
        return stage;
    }
}
