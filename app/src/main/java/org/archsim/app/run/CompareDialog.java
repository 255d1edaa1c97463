package org.archsim.app.run;

import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks what to compare ({@link CompareSetup}: the other design, the scenario, the duration); {@link CompareWindow}
 * then runs both and shows the figures.
 */
final class CompareDialog {

    private CompareDialog() {
    }

    /**
     * The setup dialog: a design file, a scenario (the run's or a file) and a duration. Returns whether the user
     * chose Compare (the choices are then remembered).
     */
    static boolean ask(Window owner, CompareSetup setup) {
        javafx.scene.control.TextField design = new javafx.scene.control.TextField();
        design.setId("compare-design");
        design.textProperty().bindBidirectional(setup.designFileProperty());
        javafx.scene.control.TextField scenario = new javafx.scene.control.TextField();
        scenario.setId("compare-scenario");
        scenario.setPromptText("the live run's scenario");
        scenario.textProperty().bindBidirectional(setup.scenarioFileProperty());
        javafx.scene.control.Spinner<Integer> seconds = new javafx.scene.control.Spinner<>(CompareSetup.MIN_S,
                CompareSetup.MAX_S, setup.secondsProperty().get(), 10);
        seconds.setId("compare-seconds");
        seconds.setEditable(true);
        seconds.valueProperty().addListener((o, a, b) -> setup.secondsProperty().set(b == null ? 0 : b));
        javafx.scene.control.Button runs = new javafx.scene.control.Button("Use the Run's Scenario");
        runs.setOnAction(e -> scenario.setText(""));
        javafx.scene.control.Label problem = new javafx.scene.control.Label();
        problem.setId("compare-problem");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new javafx.scene.control.Label("Design to compare with"), design,
                browse(owner, design, "Design to compare with", "*.archsim.json", "*.json"));
        grid.addRow(1, new javafx.scene.control.Label("Scenario"), scenario,
                browse(owner, scenario, "Scenario", "*.scenario.json", "*.json"), runs);
        grid.addRow(2, new javafx.scene.control.Label("Simulated seconds"), seconds);
        grid.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels and buttons whole, not "Design t…"
            }
        });
        grid.add(problem, 0, 3, 4, 1);
        design.setPrefColumnCount(28);
        scenario.setPrefColumnCount(28);
        design.setMinWidth(320); // a path needs the room more than the dialog needs to stay narrow
        scenario.setMinWidth(320);
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle("Compare designs");
        d.setHeaderText("Run the current design and another under the same scenario and seed");
        ButtonType go = new ButtonType("Compare", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        d.getDialogPane().setContent(grid);
        Runnable check = () -> {
            problem.setText(setup.problem().orElse(""));
            d.getDialogPane().lookupButton(go).setDisable(setup.problem().isPresent());
        };
        setup.designFileProperty().addListener(o -> check.run());
        setup.scenarioFileProperty().addListener(o -> check.run());
        setup.secondsProperty().addListener(o -> check.run());
        check.run();
        boolean ok = d.showAndWait().filter(go::equals).isPresent();
        if (ok) {
            setup.remember();
        }
        return ok;
    }

    private static javafx.scene.control.Button browse(Window owner, javafx.scene.control.TextField into, String title,
                                                      String... patterns) {
        javafx.scene.control.Button b = new javafx.scene.control.Button("Browse…");
        b.setOnAction(e -> {
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.setTitle(title);
            fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(title, patterns));
            java.io.File current = into.getText().isBlank() ? null : new java.io.File(into.getText()).getParentFile();
            if (current != null && current.isDirectory()) {
                fc.setInitialDirectory(current);
            }
            java.io.File f = fc.showOpenDialog(owner);
            if (f != null) {
                into.setText(f.getPath());
            }
        });
        return b;
    }
}
