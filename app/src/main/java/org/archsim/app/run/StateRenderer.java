package org.archsim.app.run;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Draws state scenes off the FX thread and hands the finished pictures back. The FX thread asks for a scene with
 * {@link #request} (the newest request wins: scenes asked for while one is being drawn are skipped but the last) and
 * collects the newest finished picture with {@link #update}, once a frame; the state thread only draws. Pictures are
 * {@link PixelFrame}s of the view's size, at most {@link #POOL} of them, reused: a picture that stops being shown goes
 * back to the pool only {@link #RETIRE_FRAMES} frames later, when the render thread can no longer be reading it.
 *
 * <p>All methods run on the FX thread; only {@link StatePainter#paint} runs on the state thread.
 */
final class StateRenderer {

    /** A drawn scene: its pixels, what they show, the pixels that changed, and how long drawing took. */
    record Drawn(PixelFrame pixels, StateScene scene, PixelRect dirty, long drawNanos) {
    }

    /** One state thread for every window: a drawing takes milliseconds and windows rarely play at once. */
    private static final ExecutorService SHARED = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "archsim-live-state");
        t.setDaemon(true);
        return t;
    });
    /** Pictures per renderer: one shown, one retiring, one being drawn. */
    static final int POOL = 3;
    /** Frames a picture that stopped being shown waits before it is drawn into again. */
    static final int RETIRE_FRAMES = 2;

    private final Executor executor;
    /** Texts already set, reused from scene to scene; touched only by the drawing jobs, one at a time. */
    private final TextStamps stamps = new TextStamps();
    private final ArrayDeque<PixelFrame> free = new ArrayDeque<>();
    /** Pictures no longer shown, with the frame they stopped being shown in. */
    private final Map<PixelFrame, Long> retiring = new IdentityHashMap<>();
    /** What each picture of the pool last had drawn in it: cleared before it is drawn into again. */
    private final Map<PixelFrame, PixelRect> lastDrawn = new IdentityHashMap<>();
    private int poolW;
    private int poolH;
    private StateScene wanted;
    private boolean busy;
    private volatile Drawn done;
    private Drawn shown;
    private long frame;
    private int drawnCount;
    /** Drawing times of the latest scenes, ms (a ring, for benchmarks). */
    private final double[] drawMs = new double[1024];

    /** A renderer drawing on the shared state thread. */
    StateRenderer() {
        this(SHARED);
    }

    /** A renderer drawing with {@code executor} (tests: the calling thread, or a queue they run by hand). */
    StateRenderer(Executor executor) {
        this.executor = executor;
    }

    /** Asks for {@code scene} to be drawn; replaces a scene asked for earlier that has not started yet. */
    void request(StateScene scene) {
        wanted = scene;
        startIfIdle();
    }

    /**
     * Once a frame: takes the newest finished picture (the one shown before starts to retire), returns retired
     * pictures to the pool, starts the wanted scene if the state thread is free, and returns what to show now (null
     * before the first picture).
     */
    Drawn update() {
        frame++;
        Drawn d = done;
        if (d != null) {
            done = null;
            busy = false;
            drawMs[drawnCount % drawMs.length] = d.drawNanos() / 1e6;
            drawnCount++;
            if (d.scene() == null) { // drawing failed (reported on the state thread): the picture goes back
                giveBack(d.pixels());
            } else {
                d.pixels().publish(d.dirty());
                forget();
                shown = d;
            }
        }
        retiring.entrySet().removeIf(e -> {
            boolean back = frame - e.getValue() >= RETIRE_FRAMES;
            if (back) {
                giveBack(e.getKey());
            }
            return back;
        });
        startIfIdle();
        return shown;
    }

    /** Whether nothing is being drawn or waiting to be drawn or shown (the layer may stop animating). */
    boolean idle() {
        return !busy && wanted == null && done == null;
    }

    /** Scenes drawn so far (benchmarks and tests). */
    int drawnCount() {
        return drawnCount;
    }

    /** How long each of the last {@code n} scenes (at most 1,024) took to draw, ms, oldest first (benchmarks). */
    double[] lastDrawMs(int n) {
        int k = Math.min(Math.min(n, drawnCount), drawMs.length);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = drawMs[(drawnCount - k + i) % drawMs.length];
        }
        return out;
    }

    /** Stops showing the current picture (it retires); {@link #update} returns null until a new one is drawn. */
    void forget() {
        if (shown != null) {
            retiring.put(shown.pixels(), frame);
            shown = null;
        }
    }

    private void startIfIdle() {
        if (busy || wanted == null) {
            return;
        }
        StateScene s = wanted;
        int w = s.view().pixelWidth();
        int h = s.view().pixelHeight();
        if (w != poolW || h != poolH) { // the view was resized: pictures of the old size are dropped as they return
            free.clear();
            lastDrawn.keySet().removeIf(f -> f.width() != w || f.height() != h);
            poolW = w;
            poolH = h;
        }
        PixelFrame f = free.poll();
        if (f == null) {
            if (lastDrawn.size() >= POOL) {
                return; // every picture is shown or retiring: try again next frame
            }
            f = new PixelFrame(w, h);
        }
        PixelRect clear = lastDrawn.getOrDefault(f, PixelRect.EMPTY);
        lastDrawn.put(f, s.box());
        wanted = null;
        busy = true;
        PixelFrame target = f;
        executor.execute(() -> {
            long t0 = System.nanoTime();
            StateScene drawn = s;
            try {
                StatePainter.paint(target, clear, s, stamps);
            } catch (RuntimeException | Error e) {
                drawn = null;
                java.util.logging.Logger.getLogger(StateRenderer.class.getName())
                        .log(java.util.logging.Level.WARNING, "could not draw the live state", e);
            }
            done = new Drawn(target, drawn, clear.union(s.box()), System.nanoTime() - t0);
        });
    }

    private void giveBack(PixelFrame f) {
        if (f.width() == poolW && f.height() == poolH && lastDrawn.containsKey(f)) {
            free.push(f);
        } else {
            lastDrawn.remove(f);
        }
    }
}
