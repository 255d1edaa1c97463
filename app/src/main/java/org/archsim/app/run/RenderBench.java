package org.archsim.app.run;

import java.util.Arrays;
import java.util.SplittableRandom;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The render benchmark: frames of a busy live view — 200 part cards with their live state, 400 links between
 * neighbouring parts with rates, and {@code marks} moving marks — painted with {@link LivePainter} on two offscreen
 * canvases as {@link LiveLayer} does (marks on the top one every frame; bands, labels and cards on the one below,
 * redrawn every {@code stateEvery}th frame — {@link #STATE_EVERY}, as often as a live run publishes at 60 fps — or
 * only for the first frame when 0) and rendered (a snapshot
 * forces the pipeline to draw, and includes reading the pixels back, so the figure is an upper bound). Must run on
 * the FX thread.
 */
public final class RenderBench {

    /** Frame times, ms, sorted. */
    public record Result(double[] frameMs, int parts, int marks, int width, int height) {

        public double percentile(double p) {
            return FrameStats.percentile(frameMs, p);
        }
    }

    /** Frames per state-layer redraw: 60 fps over a run's ten snapshots a second. */
    public static final int STATE_EVERY = 6;

    private RenderBench() {
    }

    /** Paints and renders {@code frames} frames (after 10 warm-up frames). */
    public static Result run(int parts, int marks, int frames, int width, int height) {
        return run(parts, marks, frames, width, height, STATE_EVERY);
    }

    /** As {@link #run(int, int, int, int, int)}, the state layer redrawn every {@code stateEvery}th frame (0: once). */
    public static Result run(int parts, int marks, int frames, int width, int height, int stateEvery) {
        Canvas canvas = new Canvas(width, height);
        Canvas below = new Canvas(width, height);
        javafx.scene.Group both = new javafx.scene.Group(below, canvas);
        GraphicsContext g = canvas.getGraphicsContext2D();
        GraphicsContext sg = below.getGraphicsContext2D();
        LivePainter p = new LivePainter(g, false);
        LivePainter sp = new LivePainter(sg, false);
        SplittableRandom rnd = new SplittableRandom(1);
        double[][] cards = new double[parts][];
        int cols = 20;
        for (int i = 0; i < parts; i++) {
            cards[i] = new double[] {10 + (i % cols) * (width - 20) / (double) cols, 20 + (i / cols) * (height - 40) / 10.0,
                    60, 26, rnd.nextDouble()};
        }
        int links = parts * 2;
        int[][] ends = new int[links][];
        for (int l = 0; l < links; l++) {
            int from = l / 2; // like a drawn design: each part calls its right and lower neighbours
            int to = l % 2 == 0 ? (from + 1) % parts : (from + cols) % parts;
            ends[l] = new int[] {from, to};
        }
        MarkField field = new MarkField(marks);
        MarkBatch batch = new MarkBatch(marks);
        double[] bandEnds = new double[4 * links];
        double[] rates = new double[links];
        WritableImage image = new WritableImage(width, height);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        double[] times = new double[frames];
        for (int f = -10; f < frames; f++) {
            long t0 = System.nanoTime();
            double now = f * 16.7;
            field.clear();
            for (int m = 0; m < marks; m++) {
                field.add(now - rnd.nextDouble() * MarkField.TRAVEL_MS, rnd.nextInt(links), (byte) rnd.nextInt(3));
            }
            g.clearRect(0, 0, width, height);
            if (stateEvery > 0 ? Math.floorMod(f, stateEvery) == 0 : f == -10) { // a snapshot: rates, figures change
                sg.clearRect(0, 0, width, height);
                for (int l = 0; l < links; l++) {
                    double[] a = cards[ends[l][0]];
                    double[] b = cards[ends[l][1]];
                    bandEnds[4 * l] = a[0] + 30;
                    bandEnds[4 * l + 1] = a[1] + 13;
                    bandEnds[4 * l + 2] = b[0] + 30;
                    bandEnds[4 * l + 3] = b[1] + 13;
                    rates[l] = 500 + rnd.nextInt(20_000);
                }
                sp.bands(bandEnds, rates, links);
                for (int l = 0; l < links; l++) {
                    sp.rateLabel(bandEnds[4 * l], bandEnds[4 * l + 1], bandEnds[4 * l + 2], bandEnds[4 * l + 3],
                            rates[l]);
                }
                for (double[] c : cards) {
                    c[4] = rnd.nextDouble();
                    sp.part(c[0], c[1], c[2], c[3], c[4], c[4] > 0.95 ? "DOWN" : null,
                            Math.round(c[4] * 100) + "% busy · queue " + rnd.nextInt(50));
                }
            }
            batch.clear();
            field.forEach(now, (l, kind, t) -> {
                double[] a = cards[ends[l][0]];
                double[] b = cards[ends[l][1]];
                batch.add(a[0] + 30 + (b[0] - a[0]) * t, a[1] + 13 + (b[1] - a[1]) * t, kind);
            });
            p.marks(batch, 6);
            both.snapshot(params, image);
            if (f >= 0) {
                times[f] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(times);
        return new Result(times, parts, marks, width, height);
    }

    /** Times {@code frames} frames that clear the canvas and render it: what the snapshot readback alone costs. */
    public static Result readbackOnly(int frames, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        WritableImage image = new WritableImage(width, height);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        double[] times = new double[frames];
        for (int f = -10; f < frames; f++) {
            long t0 = System.nanoTime();
            g.clearRect(0, 0, width, height);
            canvas.snapshot(params, image);
            if (f >= 0) {
                times[f] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(times);
        return new Result(times, 0, 0, width, height);
    }
}
