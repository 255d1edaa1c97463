package org.archsim.app.inspector;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;
import org.archsim.model.ParamType;

/**
 * Builds the editor for one {@link ParamRow} by type: a check box for yes/no, a choice list for choices, a text field
 * for numbers, text and weights (committed with Enter or by leaving the field; Escape restores the value). Each row
 * has a label with the description as tooltip, the unit, a reset button when the value is set, and a message line
 * that appears when an input is refused.
 */
final class ParamEditors {

    /** Longest choice, in characters, that still fits beside the label column of the narrowest inspector. */
    static final int NARROW_CHOICE_CHARS = 9;

    private ParamEditors() {
    }

    /** Adds {@code row} to {@code grid} starting at grid row {@code r}; returns the next free grid row. */
    static int addRow(GridPane grid, int r, ParamRow row, InspectorViewModel vm) {
        Label label = new Label(row.label());
        label.getStyleClass().add("param-label");
        label.setWrapText(true);
        Tooltip tip = new Tooltip(row.help());
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(340);
        label.setTooltip(tip);

        Control editor = editor(row, vm);
        editor.setId("param-" + row.spec().key());
        editor.setTooltip(tip);
        editor.setMaxWidth(Double.MAX_VALUE);
        editor.setAccessibleText(row.label());
        label.setLabelFor(editor);

        Label unit = new Label(row.spec().unit());
        unit.getStyleClass().add("param-unit");
        // Units are short and must never be cut off; the editor column gives way instead.
        unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Button reset = new Button("↺");
        reset.getStyleClass().addAll("flat", "param-reset");
        reset.setTooltip(new Tooltip("Back to the default"));
        reset.setFocusTraversable(false);
        reset.visibleProperty().bind(row.explicitProperty());
        reset.setOnAction(e -> vm.reset(row));

        Label error = new Label();
        error.setId("error-" + row.spec().key());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty().map(s -> s.isEmpty() ? "" : "⚠ " + s));
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        row.errorProperty().addListener((o, a, b) -> editor.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), !b.isEmpty()));

        if (wideChoice(row)) {
            // A long choice ("consistent-hashing") would be cut to "consis…" beside the label column: give the box
            // the full width on a row of its own, under its label, and never let it shrink below its longest value.
            editor.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(label, 0, r, 4, 1);
            grid.add(editor, 0, r + 1, 2, 1);
            grid.add(unit, 2, r + 1);
            grid.add(reset, 3, r + 1);
            grid.add(error, 0, r + 2, 4, 1);
            return r + 3;
        }
        grid.addRow(r, label, editor, unit, reset);
        grid.add(error, 1, r + 1, 3, 1);
        return r + 2;
    }

    /** Whether {@code row} is a choice with a value too long for the editor column. */
    static boolean wideChoice(ParamRow row) {
        return row.spec().type() == ParamType.CHOICE
                && row.spec().choices().stream().anyMatch(c -> c.length() > NARROW_CHOICE_CHARS);
    }

    private static Control editor(ParamRow row, InspectorViewModel vm) {
        ParamType type = row.spec().type();
        if (type == ParamType.BOOL) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.TRUE.equals(row.valueProperty().get()));
            row.valueProperty().addListener((o, a, b) -> box.setSelected(Boolean.TRUE.equals(b)));
            box.setOnAction(e -> vm.commitValue(row, box.isSelected()));
            return box;
        }
        if (type == ParamType.CHOICE) {
            ComboBox<String> combo = new ComboBox<>();
            combo.getItems().setAll(row.spec().choices());
            combo.setValue((String) row.valueProperty().get());
            row.valueProperty().addListener((o, a, b) -> combo.setValue((String) b));
            combo.setOnAction(e -> {
                if (combo.getValue() != null && !combo.getValue().equals(row.valueProperty().get())) {
                    vm.commitValue(row, combo.getValue());
                }
            });
            return combo;
        }
        TextField field = new TextField(row.textProperty().get());
        row.textProperty().addListener((o, a, b) -> {
            if (!field.isFocused() || row.errorProperty().get().isEmpty()) {
                field.setText(b);
            }
        });
        field.setOnAction(e -> commit(field, row, vm));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !field.getText().equals(row.textProperty().get())) {
                commit(field, row, vm);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(row.textProperty().get());
                vm.discard(row);
                e.consume();
            }
        });
        return field;
    }

    private static void commit(TextField field, ParamRow row, InspectorViewModel vm) {
        if (vm.commitText(row, field.getText()).isEmpty()) {
            field.setText(row.textProperty().get());
        }
    }
}
