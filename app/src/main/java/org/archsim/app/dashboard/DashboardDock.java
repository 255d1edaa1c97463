package org.archsim.app.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.app.actions.Keys;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.settings.AppSettings;
import javafx.stage.Window;
import org.archsim.model.scenario.Scenario;

/**
 * Places the dashboard in a window: below the canvas in the centre split pane, hidden until asked for (View → Show
 * or Hide Dashboard, Ctrl+Shift+D). Selecting exactly one part on the canvas filters the dashboard to it. Registers
 * Simulate → Export Dashboard… (charts as PNG, series and results as CSV, the report as JSON).
 *
 * <p>A live run registers {@link #viewModel()} as its {@link org.archsim.app.run.RunListener}, passes traced
 * requests to {@link DashboardViewModel#showTraces} and its scenario to {@link #setScenario}.
 */
public final class DashboardDock {

    private final EditorViewModel editor;
    private final Window owner;
    private final SplitPane centre;
    private final DashboardViewModel vm = new DashboardViewModel();
    private final AppSettings settings;
    /** Built on first use: the dashboard starts hidden, and its charts and tables are not needed for the first frame. */
    private DashboardView view;
    private Scenario scenario;

    private DashboardDock(EditorViewModel editor, Window owner, SplitPane centre, AppSettings settings) {
        this.editor = editor;
        this.owner = owner;
        this.centre = centre;
        this.settings = settings;
        editor.selectionProperty().addListener((o, a, b) -> {
            if (b.parts().size() == 1) {
                vm.selectPart(b.parts().get(0));
            } else if (b.parts().isEmpty() && b.links().isEmpty()) {
                vm.selectPart(null);
            }
        });
    }

    /**
     * Builds the dock for one window (its editor, its stage for dialogs, the centre split pane below whose canvas the
     * dashboard goes), registers its actions, and starts the demo run if asked for.
     */
    public static DashboardDock install(EditorViewModel editor, Window owner, SplitPane centre,
                                        ActionRegistry actions, AppSettings settings) {
        DashboardDock dock = new DashboardDock(editor, owner, centre, settings);
        actions.add("view.dashboard", "View", "Show or Hide Dashboard", Keys.shortcutShift(KeyCode.D), dock::toggle);
        actions.add("simulate.exportDashboard", "Simulate", "Export Dashboard…", null, dock::exportWithDialog);
        if (DemoRun.requested()) {
            // After the window has opened its file: the demo runs the design the learner sees.
            Platform.runLater(() -> {
                dock.show(true);
                var design = editor.design();
                Scenario s = DemoRun.scenario(design);
                dock.setScenario(s);
                try {
                    DemoRun.start(design, s, dock.vm, dock.vm::showTraces);
                } catch (RuntimeException e) {
                    editor.notice("Demo run cannot start: " + e.getMessage());
                }
            });
        }
        return dock;
    }

    /** Shows the dashboard if hidden, hides it if shown. */
    public void toggle() {
        show(!shown());
    }

    public boolean shown() {
        return view != null && centre.getItems().contains(view);
    }

    /** Shows or hides the dashboard below the canvas. */
    public void show(boolean on) {
        if (on && !shown()) {
            centre.getItems().add(Math.min(1, centre.getItems().size()), view());
            centre.setDividerPosition(0, 0.55);
        } else if (!on && shown()) {
            centre.getItems().remove(view);
        }
    }

    /** The scenario of the run shown (for the JSON export); null when unknown. */
    public void setScenario(Scenario s) {
        scenario = s;
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    /** The dashboard's view, built on first call. */
    public DashboardView view() {
        if (view == null) {
            view = new DashboardView(vm, settings.themeProperty());
            view.exportButton().setOnAction(e -> exportWithDialog());
        }
        return view;
    }

    /** Writes the dashboard files next to {@code png}; returns them (FX thread). */
    public List<Path> export(Path png) throws IOException {
        boolean wasShown = shown();
        show(true);
        centre.applyCss();
        centre.layout();
        view().redraw();
        try {
            return DashboardExport.writeAll(png, view().chartsNode(), vm, editor.design(), scenario);
        } finally {
            show(wasShown);
        }
    }

    private void exportWithDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Dashboard");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (with CSV and JSON beside it)",
                "*.png"));
        chooser.setInitialFileName(editor.design().name().replaceAll("[^\\w.-]+", "-") + "-dashboard.png");
        var file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            List<Path> written = export(file.toPath());
            editor.notice("Exported the dashboard: " + written.size() + " files beside "
                    + written.get(0).getFileName());
        } catch (IOException | RuntimeException e) {
            editor.notice("Dashboard export failed: " + e.getMessage());
        }
    }
}
