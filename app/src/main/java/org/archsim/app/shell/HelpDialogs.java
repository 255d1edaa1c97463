package org.archsim.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Help ▸ Getting Started and Help ▸ About. */
final class HelpDialogs {

    static final String GETTING_STARTED = String.join("\n",
            "1. Drag a part from the palette on the left onto the canvas (or double-click it).",
            "2. Drag from the round handle on a part's right edge to another part to send requests there.",
            "3. Select a part or a link to change its settings in the inspector on the right.",
            "4. Badges on parts point out weaknesses such as single points of failure; hover to read them.",
            "5. Ctrl+K finds any command; F1 lists every shortcut; Ctrl+Z undoes anything.");

    private HelpDialogs() {
    }

    static void gettingStarted(Window owner) {
        show(owner, "Getting started", "Draw a system in five steps", GETTING_STARTED);
    }

    static void about(Window owner) {
        show(owner, "About ArchSim", "ArchSim",
                "A desktop teaching tool for system design: draw an architecture, then simulate it under load and "
                        + "failures.\nJava " + System.getProperty("java.version") + ", JavaFX "
                        + System.getProperty("javafx.runtime.version", "?"));
    }

    private static void show(Window owner, String title, String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.show();
    }
}
