package org.archsim.app.cli;


import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.fx.FxCall;
import org.archsim.app.run.FrameStats;
import org.archsim.app.run.RunSnapshot;
import org.archsim.app.run.RunViewModel;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;

/**
 * The live benchmark: the app's own window (canvas, live layer, dashboard) on a design, its live run playing on the
 * run thread, snapshots handed to the FX thread and the live layer painted every pulse — nothing stubbed. Frames are
 * counted twice: each pulse the live layer paints (with its paint time), and each frame the renderer finishes (through
 * JavaFX's scene performance tracker; absent if that internal class cannot be reached). Settings live in a throw-away
 * preferences node.
 */
final class LiveBench implements AutoCloseable {

    /** Room for the frames of a long measurement (ten minutes at 60 fps). */
    private static final int MAX_FRAMES = 36_000;

    private final Preferences prefs;
    private final Stage stage;
    private final MainWindow window;

    /** What one measurement gave. {@code rendered} is null when rendered frames could not be counted. */
    record Result(double wallS, double arrivalsPerS, double completedPerS, double simPerWall, FrameStats.Summary pulses,
                  FrameStats.Summary rendered, ThreadCpu cpu) {
    }

    private LiveBench(Preferences prefs, Stage stage, MainWindow window) {
        this.prefs = prefs;
        this.stage = stage;
        this.window = window;
    }

    /** Opens the window on {@code design}, {@code width} x {@code height}. FX thread. */
    static LiveBench open(Path design, double width, double height) {
        Preferences prefs = Preferences.userRoot().node("archsim-bench/" + UUID.randomUUID());
        Stage stage = new Stage();
        stage.setWidth(width);
        stage.setHeight(height);
        MainWindow w = new AppWindows(new AppSettings(prefs), ClipboardPort.inMemory()).open(stage, design);
        w.canvas().fitToDesign();
        return new LiveBench(prefs, stage, w);
    }

    /**
     * Plays at {@code load} and {@code speed}, waits {@code warmupS}, then measures for {@code seconds} of wall time
     * ({@code crashPart}, if not null, crashes as the measurement starts). Call from a thread other than the FX thread.
     */
    Result run(double load, double speed, double warmupS, double seconds, String crashPart) throws Exception {
        RunViewModel vm = window.live().viewModel();
        FxCall.get(() -> {
            vm.setSpeed(speed);
            vm.setLoad(load);
            vm.play();
            return null;
        });
        Thread.sleep((long) (warmupS * 1000));
        FrameStats pulses = new FrameStats(MAX_FRAMES);
        FrameStats rendered = new FrameStats(MAX_FRAMES);
        boolean tracked = FxCall.get(() -> RenderedFrames.track(stage.getScene(), rendered));
        ThreadCpu cpu = FxCall.get(ThreadCpu::start);
        long[] start = FxCall.get(() -> {
            if (crashPart != null) {
                vm.inject(Fault.of(0, FaultType.CRASH, crashPart));
            }
            window.live().layer().setFrameProbe(pulses);
            return mark(vm.snapshotProperty().get());
        });
        Thread.sleep((long) (seconds * 1000));
        long[] end = FxCall.get(() -> {
            window.live().layer().setFrameProbe(null);
            RenderedFrames.untrack(stage.getScene());
            long[] m = mark(vm.snapshotProperty().get());
            cpu.stop();
            vm.pause();
            return m;
        });
        double wallS = (end[0] - start[0]) / 1e9;
        return new Result(wallS, (end[1] - start[1]) / wallS, (end[2] - start[2]) / wallS,
                (end[3] - start[3]) / 1e6 / wallS, pulses.summary(), tracked ? rendered.summary() : null, cpu);
    }

    /** Wall nanos, arrivals, completions and simulated µs of the latest snapshot. */
    private static long[] mark(RunSnapshot s) {
        if (s == null || s.report() == null) {
            throw new IllegalStateException("the live run published no report (did it start?)");
        }
        return new long[] {System.nanoTime(), s.report().system().arrivals(), s.report().system().completed(),
                s.nowUs()};
    }


    /** Stops the run and closes the window. FX thread. */
    @Override
    public void close() {
        window.live().viewModel().close();
        stage.hide();
        try {
            prefs.removeNode();
        } catch (Exception e) {
            // A leftover throw-away node is harmless.
        }
    }
}
