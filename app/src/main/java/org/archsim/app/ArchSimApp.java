package org.archsim.app;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.settings.Theme;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.app.shell.Recovery;
import org.archsim.app.shell.Snapshot;

/**
 * The desktop application: opens the first editor window (with the design file given on the command line, if any)
 * and offers to recover unsaved work an earlier run left behind.
 *
 * <p>Hidden options for scripted runs, as system properties: {@code archsim.theme=light|dark} overrides the remembered
 * theme; {@code archsim.snapshot=file.png} writes a screenshot of the window once it has settled, then quits
 * ({@code archsim.snapshotSelect=partId} selects a part first, to show the inspector; {@code archsim.snapshotCrash=partId}
 * plays a live run under load and crashes that part first; {@code archsim.snapshotLoad=X} sets that load, default 3, and
 * {@code archsim.snapshotScenario=file.scenario.json} runs it under that scenario, so its faults show on the timeline);
 * {@code archsim.snapshotAction=file.export} runs an action once the window is shown (to picture its dialog);
 * {@code archsim.startupTiming=true} prints the time from JVM start to the first shown frame ({@code =exit} then quits).
 */
public final class ArchSimApp extends Application {

    /** Launches the JavaFX application; blocks until the last window closes. */
    static void launchWith(String[] args) {
        Application.launch(ArchSimApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupTiming.mark("fx");
        AppSettings settings = AppSettings.user();
        String theme = System.getProperty("archsim.theme");
        if (theme != null) {
            settings.themeProperty().set(theme.equalsIgnoreCase("dark") ? Theme.DARK : Theme.LIGHT);
        }
        AppWindows app = new AppWindows(settings);
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        // The window is shown first; the design is read and fitted on the event after its first frame.
        MainWindow[] opened = new MainWindow[1];
        MainWindow first = app.openAfterFirstFrame(stage, file, () -> afterOpen(app, opened[0], stage));
        opened[0] = first;
        StartupTiming.mark("window");
        StartupTiming.watchFirstFrame(stage.getScene());
    }

    /** What follows once the design given on the command line is open: scripted snapshots, or recovery. */
    private static void afterOpen(AppWindows app, MainWindow first, Stage stage) {
        if (StartupTiming.enabled()) {
            StartupTiming.designOpen();
            if (StartupTiming.exitAfter()) {
                return;
            }
        }
        String action = System.getProperty("archsim.snapshotAction");
        if (action != null) {
            Platform.runLater(() -> first.actions().get(action).ifPresent(a -> a.runIfEnabled()));
        }
        String snapshot = System.getProperty("archsim.snapshot");
        if (snapshot != null) {
            String select = System.getProperty("archsim.snapshotSelect");
            if (select != null && first.editor().design().component(select).isPresent()) {
                first.editor().clickPart(select, false);
            }
            String crash = System.getProperty("archsim.snapshotCrash");
            if (crash != null) {
                org.archsim.app.run.LiveFeature.demo(first.live(), crash);
            }
            PauseTransition settle = new PauseTransition(Duration.seconds(crash == null ? 2 : 9));
            settle.setOnFinished(e -> {
                try {
                    Snapshot.write(stage.getScene(), Path.of(snapshot));
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                Platform.exit();
            });
            settle.play();
            return;
        }
        Recovery.offer(app, first);
    }
}
