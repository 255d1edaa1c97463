package org.archsim.app.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.archsim.app.editor.CardGeometry;
import org.archsim.app.editor.Viewport;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.ComponentKind;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.sim.observe.PartNow;

/**
 * The render benchmark: the app's own {@link LiveLayer} on a large design — {@code parts} services in a grid, each
 * calling its right and lower neighbours — fed a run snapshot every {@code snapshotEvery}th frame (six: a live run's
 * ten snapshots a second at 60 fps) with new rates, utilisations, health and figures, and enough sampled messages to
 * keep {@code marks} marks moving. Frames are paced at 60 per second as the pulse would; each frame's time is the FX
 * thread's work (laying out, copying the state in, plotting the marks) plus rendering both live layers through
 * {@code snapshot}, which also reads the pixels back (an upper bound on what the window's own frame costs). A snapshot
 * is handed over half way between two frames, as the run thread's {@code runLater} lands between pulses in the app;
 * taking it is timed on its own. The state thread draws concurrently, as in the app; how many scenes it drew and how
 * long each took are reported beside the frame times. Must run on the FX thread.
 */
public final class RenderBench {

    /**
     * Frame times, ms, sorted; the marks drawn per frame on average; state scenes asked for and drawn while measuring,
     * how long the state thread took to draw each, and how long the FX thread took to take each snapshot in between
     * frames, ms, sorted.
     */
    public record Result(double[] frameMs, int parts, double marks, int width, int height, int statesAsked,
                         int statesDrawn, double[] stateMs, double[] deliverMs) {

        public double percentile(double p) {
            return FrameStats.percentile(frameMs, p);
        }

        public double statePercentile(double p) {
            return stateMs.length == 0 ? 0 : FrameStats.percentile(stateMs, p);
        }
    }

    /** Frames per snapshot: 60 fps over a run's ten snapshots a second. */
    public static final int STATE_EVERY = 6;
    private static final double FRAME_MS = 1000 / 60.0;

    private RenderBench() {
    }

    /** Paints and renders {@code frames} frames (after 30 warm-up frames), a snapshot every {@code snapshotEvery}. */
    public static Result run(int parts, int marks, int frames, int width, int height, int snapshotEvery) {
        Design d = design(parts);
        Viewport vp = new Viewport();
        vp.viewWidthProperty().set(width);
        vp.viewHeightProperty().set(height);
        vp.fit(CardGeometry.extent(d).orElseThrow());
        SimpleObjectProperty<RunSnapshot> snap = new SimpleObjectProperty<>();
        double[] clock = {0};
        LiveLayer layer = new LiveLayer(() -> d, vp, snap, new SimpleBooleanProperty(false), new StateRenderer(),
                () -> clock[0]);
        Group both = new Group(layer.stateView(), layer.view());
        WritableImage image = new WritableImage(width, height);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        SplittableRandom rnd = new SplittableRandom(1);
        int hops = hopsFor(marks);
        double[] times = new double[frames];
        long marksDrawn = 0;
        int warmup = 120;
        int asked0 = 0;
        int drawn0 = 0;
        long start = System.nanoTime();
        double[] deliver = new double[frames / Math.max(1, snapshotEvery) + 1];
        int delivered = 0;
        for (int f = -warmup; f < frames; f++) {
            long due = start + (long) ((f + warmup) * FRAME_MS * 1e6);
            if (Math.floorMod(f, Math.max(1, snapshotEvery)) == 0) {
                // made by the run thread and handed over between two pulses, as the app's runLater does
                RunSnapshot next = snapshot(d, f, hops, rnd);
                sleepUntil(due - (long) (FRAME_MS / 2 * 1e6));
                long s0 = System.nanoTime();
                clock[0] = (f + warmup - 0.5) * FRAME_MS;
                snap.set(next);
                if (f >= 0 && delivered < deliver.length) {
                    deliver[delivered++] = (System.nanoTime() - s0) / 1e6;
                }
            }
            sleepUntil(due);
            long t0 = System.nanoTime();
            clock[0] = (f + warmup) * FRAME_MS;
            layer.paint(clock[0]);
            both.snapshot(params, image);
            if (f == -1) {
                asked0 = layer.stateRedraws();
                drawn0 = layer.statesDrawn();
            }
            if (f >= 0) {
                times[f] = (System.nanoTime() - t0) / 1e6;
                marksDrawn += layer.marksDrawn();
            }
        }
        Arrays.sort(times);
        double[] stateMs = layer.lastStateDrawMs(layer.statesDrawn() - drawn0);
        Arrays.sort(stateMs);
        double[] deliverMs = Arrays.copyOf(deliver, delivered);
        Arrays.sort(deliverMs);
        return new Result(times, parts, marksDrawn / (double) Math.max(1, frames), width, height,
                layer.stateRedraws() - asked0, layer.statesDrawn() - drawn0, stateMs, deliverMs);
    }

    /** Times {@code frames} frames that clear a canvas and render it: what the snapshot readback alone costs. */
    public static Result readbackOnly(int frames, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        WritableImage image = new WritableImage(width, height);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        double[] times = new double[frames];
        for (int f = -10; f < frames; f++) {
            long t0 = System.nanoTime();
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            canvas.snapshot(params, image);
            if (f >= 0) {
                times[f] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(times);
        return new Result(times, 0, 0, width, height, 0, 0, new double[0], new double[0]);
    }

    /**
     * Sampled messages per snapshot that keep {@code marks} in flight: each snapshot's are spread over 100 ms and
     * travel {@link MarkField#TRAVEL_MS}; half as many again, since some fall under rate labels and are left out (a
     * frame draws at most {@link LiveLayer#MAX_MARKS}).
     */
    static int hopsFor(int marks) {
        return (int) Math.ceil(marks * 100 / MarkField.TRAVEL_MS * 1.5);
    }

    /** {@code parts} services in rows of twenty, each calling its right and lower neighbours. */
    static Design design(int parts) {
        Design d = new Design("render bench");
        ComponentKind service = Catalog.standard().require("service");
        int cols = 20;
        for (int i = 0; i < parts; i++) {
            d.addComponent(new Component("p" + i, service, (i % cols) * 220.0, (i / cols) * 240.0));
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < parts; i++) {
            for (int to : new int[] {(i + 1) % parts, (i + cols) % parts}) {
                if (to != i && pairs.add(i + ">" + to) && !pairs.contains(to + ">" + i)) {
                    d.connect(new Link("p" + i, "p" + to));
                }
            }
        }
        return d;
    }

    /** A snapshot with new figures for every part and {@code hops} messages over 100 ms on random links. */
    static RunSnapshot snapshot(Design d, int f, int hops, SplittableRandom rnd) {
        int links = d.links().size();
        long from = 100_000L * (f + 1000);
        long to = from + 100_000;
        long[] at = new long[hops];
        int[] link = new int[hops];
        byte[] kind = new byte[hops];
        for (int i = 0; i < hops; i++) {
            at[i] = from + (long) i * 100_000 / hops;
            link[i] = rnd.nextInt(links);
            kind[i] = (byte) (rnd.nextInt(20) == 0 ? 2 : rnd.nextInt(2));
        }
        int[] perLink = new int[links];
        for (int l = 0; l < links; l++) {
            perLink[l] = 50 + rnd.nextInt(2000); // 500 to 20,500 messages a second
        }
        List<PartNow> parts = new ArrayList<>();
        for (Component c : d.components()) {
            int busy = rnd.nextInt(9);
            parts.add(new PartNow(c.id(), rnd.nextInt(20) == 0, false, false, busy, 8, rnd.nextInt(50), 1,
                    Double.NaN));
        }
        HopBatch batch = new HopBatch(at, link, kind, hops, 0, perLink, from, to, 1);
        return new RunSnapshot(0, RunState.RUNNING, to, 3_600_000_000L, 1, 1, null, parts, batch, List.of(), 0);
    }

    private static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
