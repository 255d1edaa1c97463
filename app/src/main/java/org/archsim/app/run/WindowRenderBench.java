package org.archsim.app.run;


import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.archsim.app.editor.CardGeometry;
import org.archsim.app.editor.Viewport;
import org.archsim.app.fx.FxCall;
import org.archsim.model.Design;

/**
 * The render benchmark in a real window: the same design and snapshots as {@link RenderBench}, but the live layer
 * painted by its own animation timer at each pulse, snapshots handed over from another thread ten times a second
 * (as the run thread does), and each frame timed from the start of its pulse to the moment the render thread reports
 * it drawn and shown in the window — the frame time a user waits for, presenting included. Call from a thread other
 * than the FX thread; needs a display.
 */
public final class WindowRenderBench {

    /** Frame times (pulse start to frame shown), ms, sorted; frames per second; intervals over 25 ms. */
    public record Result(double[] frameMs, double fps, int late, int frames) {

        public double percentile(double p) {
            return FrameStats.percentile(frameMs, p);
        }
    }

    /** The window and the layer it shows. */
    private record Shown(Stage stage, LiveLayer layer) {
    }

    private WindowRenderBench() {
    }

    /** Plays {@code warmupS}, then measures {@code seconds} of frames. */
    public static Result run(int parts, int marks, int width, int height, double warmupS, double seconds)
            throws Exception {
        Design d = RenderBench.design(parts);
        SimpleObjectProperty<RunSnapshot> snap = new SimpleObjectProperty<>();
        FrameStats pulses = new FrameStats(36_000);
        FrameStats shown = new FrameStats(36_000);
        Shown shownIn = FxCall.get(() -> {
            Viewport vp = new Viewport();
            vp.viewWidthProperty().set(width);
            vp.viewHeightProperty().set(height);
            vp.fit(CardGeometry.extent(d).orElseThrow());
            LiveLayer layer = new LiveLayer(() -> d, vp, snap, new SimpleBooleanProperty(false));
            Stage stage = new Stage();
            stage.setTitle("ArchSim render bench");
            stage.setScene(new Scene(new Group(layer.stateView(), layer.view()), width, height, Color.WHITE));
            stage.show();
            return new Shown(stage, layer);
        });
        ScheduledExecutorService run = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "archsim-bench-run");
            t.setDaemon(true);
            return t;
        });
        SplittableRandom rnd = new SplittableRandom(1);
        int hops = RenderBench.hopsFor(marks);
        int[] n = {0};
        run.scheduleAtFixedRate(() -> {
            RunSnapshot s = RenderBench.snapshot(d, n[0]++, hops, rnd);
            Platform.runLater(() -> snap.set(s));
        }, 0, 100, TimeUnit.MILLISECONDS);
        try {
            Thread.sleep((long) (warmupS * 1000));
            Stage stage = shownIn.stage();
            LiveLayer layer = shownIn.layer();
            FxCall.get(() -> {
                PerformanceTracker.getSceneTracker(stage.getScene())
                        .setOnRenderedFrameTask(() -> shown.record(System.nanoTime(), 0));
                layer.setFrameProbe(pulses);
                return null;
            });
            Thread.sleep((long) (seconds * 1000));
            FxCall.get(() -> {
                layer.setFrameProbe(null);
                PerformanceTracker.releaseSceneTracker(stage.getScene());
                return null;
            });
            run.shutdownNow();
            FxCall.get(() -> {
                stage.close();
                return null;
            });
        } finally {
            run.shutdownNow();
        }
        return result(pulses, shown);
    }

    /** Pairs each frame shown with the latest pulse that started before it. */
    static Result result(FrameStats pulses, FrameStats shown) {
        int np = Math.min(pulses.count(), 36_000);
        int ns = Math.min(shown.count(), 36_000);
        double[] ms = new double[ns];
        int k = 0;
        int j = 0;
        long lastPulse = Long.MIN_VALUE;
        for (int i = 0; i < ns; i++) {
            long r = shown.at(i);
            while (j < np && pulses.at(j) <= r) {
                j++;
            }
            if (j == 0 || pulses.at(j - 1) == lastPulse) {
                continue; // shown before the first pulse measured, or a second frame for one pulse
            }
            lastPulse = pulses.at(j - 1);
            ms[k++] = (r - lastPulse) / 1e6;
        }
        double[] sorted = Arrays.copyOf(ms, k);
        Arrays.sort(sorted);
        FrameStats.Summary s = shown.summary();
        return new Result(sorted, s.fps(), s.late(), k);
    }

}
