package org.archsim.app.run;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.settings.AppSettings;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.scenario.Scenario;

/**
 * Simulate ▸ Compare with File… for one window: asks what to compare ({@link CompareDialog}), then opens a
 * {@link CompareWindow} and starts its {@link CompareRun} on two background threads — one per design, so on two cores
 * they run side by side. One comparison runs at a time per window: asking again while one runs brings its window to
 * the front.
 */
final class CompareLauncher {

    /** Idle compare threads end after this long, so a window that compared once keeps no threads. */
    private static final long IDLE_S = 30;

    private final RunViewModel live;
    private final EditorViewModel editor;
    private final Stage stage;
    private final AppSettings settings;
    private final Supplier<Path> saved;
    private ExecutorService threads;
    private CompareRun running;
    private Stage window;

    /** Compares {@code editor}'s design under {@code live}'s scenario; {@code saved} gives the document's file, or null. */
    CompareLauncher(RunViewModel live, EditorViewModel editor, Stage stage, AppSettings settings,
                    Supplier<Path> saved) {
        this.live = live;
        this.editor = editor;
        this.stage = stage;
        this.settings = settings;
        this.saved = saved;
    }

    /** Asks what to compare and starts; on the FX thread. */
    void open() {
        if (running != null && running.stateProperty().get() == CompareRun.State.RUNNING && window.isShowing()) {
            window.toFront();
            return;
        }
        CompareSetup setup = new CompareSetup(settings, saved.get());
        if (!CompareDialog.ask(stage, setup)) {
            return;
        }
        Scenario scenario;
        try {
            scenario = setup.scenario(live.scenarioProperty().get());
        } catch (Exception ex) {
            new Alert(Alert.AlertType.ERROR, "Cannot read the scenario: " + ex.getMessage()).showAndWait();
            return;
        }
        Path file = Path.of(setup.designFileProperty().get().strip());
        CompareRun run = new CompareRun(threads(), Platform::runLater, System::nanoTime);
        Runnable start = () -> {
            // A copy taken here, on the FX thread: the user may go on editing while the copy runs.
            Design current = editor.design().copy();
            run.start(new CompareRun.Side("Current design", () -> current),
                    new CompareRun.Side(file.getFileName().toString(), () -> DesignCodec.read(file)), scenario);
        };
        start.run(); // before the window opens, so its columns carry the two names
        running = run;
        window = CompareWindow.open(stage, run, scenario, start);
    }

    private ExecutorService threads() {
        if (threads == null) {
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, IDLE_S, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "archsim-compare-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            threads = pool;
        }
        return threads;
    }
}
