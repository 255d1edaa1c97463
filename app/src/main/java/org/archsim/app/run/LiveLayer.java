package org.archsim.app.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Affine;
import org.archsim.app.editor.Viewport;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.sim.observe.PartNow;
import org.archsim.sim.report.PartStats;

/**
 * A live run drawn over the editor canvas, following its viewport: moving marks on the links, and the state that
 * changes with each snapshot — rate bands and labels, each card's utilisation bar, health badge and figures. Nothing
 * here touches the engine.
 *
 * <p>How a frame is made (cost is what matters: thousands of marks and hundreds of cards at 60 frames a second on the
 * software pipeline). When a snapshot arrives or the view changes, the state is laid out as a {@link StateScene} and
 * drawn with Java2D on the state thread ({@link StateRenderer}). Every frame, an animation timer takes the newest
 * drawn state, copies it into one of two {@link PixelFrame}s it takes turns with, plots the marks over it
 * ({@link MarkRaster}) and shows that frame in {@link #view()}: one layer, cleared and redrawn every frame, that JavaFX
 * only uploads and blends. While the view moves faster than the state thread redraws, the last state picture is shown
 * in {@link #stateView()}, moved and scaled to the current view, and the marks alone in {@link #view()}. With reduced
 * motion the marks are left out; the bands and labels show every busy link's rate.
 */
public final class LiveLayer {

    /** Marks alive at once, at most. */
    public static final int MAX_MARKS = 5000;

    private final Supplier<Design> design;
    private final Viewport viewport;
    private final ObservableValue<Boolean> dark;
    private final DoubleSupplier clockMs;
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion", false);
    /** Room for the marks alive and those of the latest batch still waiting to start. */
    private final MarkField marks = new MarkField(MAX_MARKS * 3 / 2);
    private final MarkBatch batch = new MarkBatch(MAX_MARKS);
    private final StateRenderer renderer;
    private final ImageView view = new ImageView();
    private final ImageView stateView = new ImageView();
    private final Affine stateAt = new Affine();
    private final LiveFrames frames = new LiveFrames(view);
    private RunSnapshot snap;
    private HopBatch rates;
    private long generation = -1;
    private final Map<String, PartNow> partsById = new HashMap<>();
    private final Map<String, String> figuresById = new HashMap<>();
    /** Where links and cards are in the current view. */
    private StateScenes.Layout layout;
    /** Health badges' boxes in the latest scene (x0, y0, x1, y1 each): marks over them are left out. */
    private double[] badges = new double[0];
    /** The latest laid-out scene: link ends and labels for placing marks. */
    private StateScene scene;
    private boolean stateDirty = true;
    private int stateRequests;
    private double[] layoutKey = new double[0];
    private double markSize;
    private double pixelScale = 1;
    /** Hidden option {@code archsim.fpsLog}: print frames per second and the engine's request rate every second. */
    private static final boolean FPS_LOG = Boolean.getBoolean("archsim.fpsLog");
    private int fpsFrames;
    private long fpsSince;
    private volatile FrameStats frameProbe;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            FrameStats probe = frameProbe;
            long t0 = probe == null ? 0 : System.nanoTime();
            paint(clockMs.getAsDouble());
            if (probe != null) {
                probe.record(now, System.nanoTime() - t0);
            }
            fpsFrames++;
            if (now - fpsSince >= 1_000_000_000L) {
                if (FPS_LOG && snap != null) {
                    System.out.printf(java.util.Locale.ROOT, "live: %.1f fps, %.0f simulated requests/s (wall)%n",
                            fpsFrames * 1e9 / (now - fpsSince), snap.eventsPerS());
                }
                fpsFrames = 0;
                fpsSince = now;
            }
        }
    };

    /** A layer drawing its state on the shared state thread, timed by the wall clock. */
    public LiveLayer(Supplier<Design> design, Viewport viewport, ObservableValue<RunSnapshot> snapshot,
                     ObservableValue<Boolean> dark) {
        this(design, viewport, snapshot, dark, new StateRenderer(), () -> System.nanoTime() / 1e6);
    }

    /** A layer drawing its state with {@code renderer}, its marks timed by {@code clockMs} (tests, benchmarks). */
    LiveLayer(Supplier<Design> design, Viewport viewport, ObservableValue<RunSnapshot> snapshot,
              ObservableValue<Boolean> dark, StateRenderer renderer, DoubleSupplier clockMs) {
        this.design = design;
        this.viewport = viewport;
        this.dark = dark;
        this.renderer = renderer;
        this.clockMs = clockMs;
        for (ImageView v : new ImageView[] {view, stateView}) {
            v.setMouseTransparent(true);
            v.setManaged(false);
            v.setVisible(false);
        }
        view.setId("live-layer");
        view.setSmooth(false); // drawn pixel for pixel
        stateView.setId("live-state-layer");
        stateView.getTransforms().add(stateAt);
        snapshot.addListener((o, a, s) -> accept(s));
    }

    /** The layer showing the state and the moving marks; lay it over the design. */
    public ImageView view() {
        return view;
    }

    /** The state picture while it is being redrawn for a moved view; lay it just below {@link #view()}. */
    public ImageView stateView() {
        return stateView;
    }

    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /**
     * Records every frame this layer draws into {@code stats} — the pulse's time and how long painting took — or
     * stops recording when null (the live benchmark).
     */
    public void setFrameProbe(FrameStats stats) {
        frameProbe = stats;
    }

    /** Device pixels per view unit (the window's render scale); the layer draws that sharp. */
    private void setPixelScale(double s) {
        if (s > 0 && s != pixelScale) {
            pixelScale = s;
            layoutKey = new double[0];
        }
    }

    private void accept(RunSnapshot s) {
        if (s == null) { // no run: nothing to show
            snap = null;
            timer.stop();
            view.setVisible(false);
            stateView.setVisible(false);
            renderer.forget();
            return;
        }
        if (s.generation() != generation) {
            marks.clear();
            generation = s.generation();
        }
        snap = s;
        partsById.clear();
        figuresById.clear();
        for (PartNow pn : s.parts()) { // figures lines change per snapshot, not per frame: format them once here
            partsById.put(pn.id(), pn);
            PartStats st = s.report() == null ? null : s.report().components().get(pn.id());
            figuresById.put(pn.id(), PartFigures.line(pn, st));
        }
        if (s.hops().toUs() > s.hops().fromUs()) {
            rates = s.hops();
        }
        if (!reducedMotion.get()) {
            marks.addBatch(s.hops(), clockMs.getAsDouble(), 100);
        }
        stateDirty = true;
        layOut();
        timer.start();
    }

    /**
     * Draws one frame at wall time {@code nowMs}: asks for the state to be redrawn if a snapshot arrived or the view
     * or design moved, then shows the newest state picture with the marks in flight over it.
     */
    void paint(double nowMs) {
        if (snap == null) {
            return;
        }
        StateScene.ViewKey key = layOut();
        boolean dk = scene.dark();
        StateRenderer.Drawn shown = renderer.update();
        boolean aligned = shown != null && shown.scene().view().equals(key) && shown.scene().dark() == dk;
        showState(aligned ? null : shown, key);
        boolean moving = !reducedMotion.get();
        if (moving) {
            batch.clear();
            markSize = Math.max(6, 8 * key.scale());
            marks.forEach(nowMs, gather);
        }
        frames.show(key, aligned ? shown : null, moving ? batch : null, markSize);
        if (snap.state() != RunState.RUNNING && nowMs > 0 && renderer.idle() && marksIdle(nowMs)) {
            timer.stop(); // nothing moves any more: the last frame stays until the next snapshot
        }
    }

    /**
     * Lays the state out again if a snapshot arrived or the view, theme or design moved since the last time, and asks
     * the state thread to draw it; returns the current view. Called as a snapshot arrives (so the state thread draws
     * before the next pulse, and a fault shows in the next frame) and at every frame (for a moved view).
     */
    private StateScene.ViewKey layOut() {
        javafx.scene.Scene shownIn = view.getScene();
        if (shownIn != null && shownIn.getWindow() != null) {
            setPixelScale(shownIn.getWindow().getRenderScaleX());
        }
        Design d = design.get();
        boolean dk = Boolean.TRUE.equals(dark.getValue());
        StateScene.ViewKey key = new StateScene.ViewKey(viewport.scale(), viewport.translateXProperty().get(),
                viewport.translateYProperty().get(), viewport.viewWidthProperty().get(),
                viewport.viewHeightProperty().get(), pixelScale);
        if (layoutChanged(d, key, dk) || layout == null) {
            layout = StateScenes.layout(d, key);
            stateDirty = true;
        }
        if (stateDirty) {
            scene = StateScenes.build(layout, rates, partsById, figuresById, dk);
            badges = StateScenes.badges(scene);
            renderer.request(scene);
            stateDirty = false;
            stateRequests++;
        }
        return key;
    }

    /**
     * Shows {@code shown} (a state picture laid out for another view, or null for none) in {@link #stateView()},
     * mapped onto the current view: a point drawn at s0 = w·k0 + t0 belongs at s1 = w·k1 + t1.
     */
    private void showState(StateRenderer.Drawn shown, StateScene.ViewKey now) {
        if (shown == null || shown.scene().view().pixelScale() != now.pixelScale()) {
            stateView.setVisible(false);
            return;
        }
        StateScene.ViewKey then = shown.scene().view();
        PixelRect box = shown.scene().box();
        double r = now.scale() / then.scale();
        double ps = then.pixelScale();
        LiveFrames.place(stateView, shown.pixels(), box, ps);
        stateView.setSmooth(r != 1);
        stateAt.setToTransform(r, 0, (box.x0() / ps - then.tx()) * r + now.tx(),
                0, r, (box.y0() / ps - then.ty()) * r + now.ty());
    }

    /** State scenes asked for so far: one per snapshot and per change of view, theme or design (tests). */
    public int stateRedraws() {
        return stateRequests;
    }

    /** Frames drawn and handed to JavaFX so far (tests: a frame that would show what is on screen is not drawn). */
    int framesDrawn() {
        return frames.drawnCount();
    }

    /** Marks drawn in the last frame (benchmarks). */
    int marksDrawn() {
        return reducedMotion.get() ? 0 : batch.size();
    }

    /** State scenes the state thread has drawn so far (benchmarks). */
    int statesDrawn() {
        return renderer.drawnCount();
    }

    /** How long each of the last {@code n} state scenes took the state thread to draw, ms (benchmarks). */
    double[] lastStateDrawMs(int n) {
        return renderer.lastDrawMs(n);
    }

    /** Whether the view, theme, motion setting or any card moved since the last frame (then remembers the new key). */
    private boolean layoutChanged(Design d, StateScene.ViewKey v, boolean dk) {
        List<Component> cs = d.components();
        int size = 9 + 2 * cs.size();
        if (layoutKey.length != size) {
            layoutKey = new double[size];
            layoutKey[0] = Double.NaN; // never equal: the first frame draws
        }
        boolean changed = false;
        changed |= put(0, v.scale());
        changed |= put(1, v.tx());
        changed |= put(2, v.ty());
        changed |= put(3, v.width());
        changed |= put(4, v.height());
        changed |= put(5, dk ? 1 : 0);
        changed |= put(6, reducedMotion.get() ? 1 : 0);
        changed |= put(7, d.links().size());
        changed |= put(8, v.pixelScale());
        for (int i = 0; i < cs.size(); i++) {
            changed |= put(9 + 2 * i, cs.get(i).x());
            changed |= put(10 + 2 * i, cs.get(i).y());
        }
        return changed;
    }

    private boolean put(int i, double v) {
        if (Double.compare(layoutKey[i], v) == 0) {
            return false;
        }
        layoutKey[i] = v;
        return true;
    }

    /** Puts a mark in flight into {@link #batch} at its place in the view (a field: no capture per frame). */
    private final MarkField.Visitor gather = (l, kind, t) -> {
        StateScene s = scene;
        if (l < 0 || l >= s.links()) {
            return;
        }
        double[] ends = s.ends();
        double f = kind == 0 ? t : 1 - t; // answers travel back to the caller
        int o = 4 * l;
        double x = ends[o] + (ends[o + 2] - ends[o]) * f;
        double y = ends[o + 1] + (ends[o + 3] - ends[o + 1]) * f;
        double hw = s.labelHalfW()[l];
        if (hw > 0 && Math.abs(x - (ends[o] + ends[o + 2]) / 2) < hw + markSize / 2 // a mark under the rate label is
                && Math.abs(y - (ends[o + 1] + ends[o + 3]) / 2) < StateScenes.LABEL_H / 2 + markSize / 2) {
            return; // left out, so the label stays readable over a busy link
        }
        double r = markSize / 2;
        for (int b = 0; b < badges.length; b += 4) { // likewise a health badge where a link leaves a card
            if (x + r > badges[b] && x - r < badges[b + 2] && y + r > badges[b + 1] && y - r < badges[b + 3]) {
                return;
            }
        }
        batch.add(x, y, kind);
    };

    private boolean marksIdle(double nowMs) {
        boolean[] any = {false};
        marks.forEach(nowMs, (l, kd, t) -> any[0] = true);
        return !any[0];
    }
}
