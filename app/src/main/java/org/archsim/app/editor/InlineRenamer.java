package org.archsim.app.editor;

import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Renames a part in place: a text field over the card's name, in world coordinates so it zooms with the card. Enter
 * or leaving the field commits (one "Rename" undo step), Escape cancels; a blank name is refused and the field stays
 * open with the reason.
 */
final class InlineRenamer {

    private final CanvasView view;
    private final EditorViewModel vm;
    private final TextField field = new TextField();
    private String partId;

    InlineRenamer(CanvasView view, EditorViewModel vm) {
        this.view = view;
        this.vm = vm;
        field.setId("inline-rename");
        field.getStyleClass().add("inline-rename");
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit(false);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
            // Keep arrows, Delete and Backspace for the text, away from the canvas's handlers.
            e.consume();
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && partId != null) {
                commit(true);
            }
        });
    }

    void start(String id) {
        Optional<org.archsim.model.Component> c = vm.design().component(id);
        PartCard card = view.card(id);
        if (c.isEmpty() || card == null) {
            return;
        }
        partId = id;
        vm.clickPart(id, false);
        field.setText(c.get().name());
        field.pseudoClassStateChanged(EditorStyles.ERROR, false);
        field.resizeRelocate(c.get().x() + 48, c.get().y() + 6, CardGeometry.WIDTH - 56, 26);
        if (!view.world().getChildren().contains(field)) {
            view.world().getChildren().add(field);
        }
        field.requestFocus();
        field.selectAll();
    }

    /** Commits; a refused name keeps the field open, unless focus left it (then the old name stays). */
    private void commit(boolean focusLost) {
        if (partId == null) {
            return;
        }
        String id = partId;
        Optional<String> refusal = vm.rename(id, field.getText());
        if (refusal.isPresent() && !focusLost) {
            field.pseudoClassStateChanged(EditorStyles.ERROR, true);
            field.requestFocus();
            return;
        }
        close();
    }

    private void close() {
        partId = null;
        boolean hadFocus = field.isFocused();
        view.world().getChildren().remove(field);
        if (hadFocus) {
            view.requestFocus();
        }
    }
}
