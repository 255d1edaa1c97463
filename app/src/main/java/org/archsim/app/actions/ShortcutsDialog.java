package org.archsim.app.actions;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ Keyboard Shortcuts: every action with a shortcut, read from the registry, plus the canvas gestures. */
public final class ShortcutsDialog {

    /** The canvas's own keys and gestures, which are not menu actions. */
    public static final List<String[]> CANVAS = List.of(
            new String[] {"Arrow keys", "Move the selected parts one grid step"},
            new String[] {"Shift+Arrow keys", "Move the selected parts by one unit"},
            new String[] {"Delete / Backspace", "Delete the selection"},
            new String[] {"F2 / double-click a part", "Rename the part in place"},
            new String[] {"Escape", "Cancel a connection, or clear the selection"},
            new String[] {"Drag a part", "Move it (Alt: without snapping to the grid)"},
            new String[] {"Drag from a part's right handle", "Connect it to another part"},
            new String[] {"Drag empty space / Space+drag / middle button", "Pan"},
            new String[] {"Shift+drag or Ctrl+drag on empty space", "Select an area"},
            new String[] {"Shift+click / Ctrl+click", "Add to or remove from the selection"},
            new String[] {"Mouse wheel", "Zoom about the pointer"});

    private ShortcutsDialog() {
    }

    /** The rows of the list: shortcut and what it does. */
    public static List<String[]> rows(ActionRegistry registry) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (AppAction a : registry.all()) {
            if (a.accelerator() != null) {
                rows.add(new String[] {a.shortcutText(), a.menu() + ": " + a.title().get()});
            }
        }
        rows.addAll(CANVAS);
        return rows;
    }

    public static void show(Window owner, ActionRegistry registry) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int r = 0;
        for (String[] row : rows(registry)) {
            Label key = new Label(row[0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(r++, key, new Label(row[1]));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefSize(620, 480);
        scroll.setFitToWidth(true);
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("Keyboard Shortcuts");
        a.setHeaderText("Every command is on the keyboard. Ctrl+K finds any of them by name.");
        a.getDialogPane().setContent(scroll);
        a.setResizable(true);
        a.show();
    }
}
