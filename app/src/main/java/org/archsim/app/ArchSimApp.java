package org.archsim.app;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The desktop application. For now a plain main window titled after the design; the editor, palette and inspector
 * arrive with the canvas editor.
 */
public final class ArchSimApp extends Application {

    /** Launches the JavaFX application; blocks until the last window closes. */
    static void launchWith(String[] args) {
        Application.launch(ArchSimApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<String> args = getParameters().getRaw();
        String designName = args.isEmpty() ? "Untitled" : args.get(0);
        Label hint = new Label("ArchSim — drag parts onto the canvas to draw an architecture.");
        BorderPane root = new BorderPane(hint);
        root.setPadding(new Insets(16));
        stage.setTitle("ArchSim — " + designName);
        stage.setScene(new Scene(root, 1280, 800));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
    }
}
