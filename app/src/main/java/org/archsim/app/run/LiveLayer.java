package org.archsim.app.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.archsim.app.editor.CardGeometry;
import org.archsim.app.editor.Viewport;
import org.archsim.app.run.HopBatch;
import org.archsim.app.run.RunSnapshot;
import org.archsim.app.run.RunState;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.sim.observe.PartNow;
import org.archsim.sim.report.PartStats;

/**
 * The Canvas the moving marks of a live run are drawn on, laid over the editor canvas and following its viewport; an
 * animation timer clears it fully and repaints the marks every frame. What changes only with a snapshot (rate bands
 * and labels, each card's bar, badge and figures) is on a second canvas just below ({@link #stateLayer()}), redrawn
 * when a snapshot arrives or the view moves, not every frame. Nothing here touches the engine. With reduced motion
 * the marks are left out and every busy link shows its rate instead.
 */
public final class LiveLayer extends Canvas {

    /** Marks alive at once, at most. */
    public static final int MAX_MARKS = 5000;

    private final Supplier<Design> design;
    private final Viewport viewport;
    private final ObservableValue<Boolean> dark;
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion", false);
    private final MarkField marks = new MarkField(MAX_MARKS);
    private RunSnapshot snap;
    private HopBatch rates;
    private long generation = -1;
    private final Map<String, PartNow> partsById = new HashMap<>();
    private final Map<String, String> figuresById = new HashMap<>();
    private final MarkBatch batch = new MarkBatch(MAX_MARKS);
    private LivePainter painter;
    /** Bands, rate labels and cards: below the marks, redrawn only when what they show changes. */
    private final Canvas state = new Canvas();
    private LivePainter statePainter;
    private boolean stateDirty = true;
    private int stateRedraws;
    private double[] layoutKey = new double[0];
    /** Widest figures line a card's state box leaves room for, px. */
    private static final double FIGURES_MAX_W = 200;
    /** Where this canvas sits in the view (its top left corner). */
    private double ox;
    private double oy;
    private double[] ends = new double[0];
    private double[] rateOf = new double[0];
    private String[] rateLabels = new String[0];
    /** Half the width of each link's rate label on screen (0: none shown); marks under a label are not drawn. */
    private double[] labelHalfW = new double[0];
    private double markSize;
    private int linkCount;
    /** Hidden option {@code archsim.fpsLog}: print frames per second and the engine's request rate every second. */
    private static final boolean FPS_LOG = Boolean.getBoolean("archsim.fpsLog");
    private int frames;
    private long fpsSince;
    private volatile FrameStats frameProbe;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            FrameStats probe = frameProbe;
            long t0 = probe == null ? 0 : System.nanoTime();
            paint(now / 1e6);
            if (probe != null) {
                probe.record(now, System.nanoTime() - t0);
            }
            frames++;
            if (now - fpsSince >= 1_000_000_000L) {
                if (FPS_LOG && snap != null) {
                    System.out.printf(java.util.Locale.ROOT, "live: %.1f fps, %.0f simulated requests/s (wall)%n",
                            frames * 1e9 / (now - fpsSince), snap.eventsPerS());
                }
                frames = 0;
                fpsSince = now;
            }
        }
    };

    public LiveLayer(Supplier<Design> design, Viewport viewport, ObservableValue<RunSnapshot> snapshot,
                     ObservableValue<Boolean> dark) {
        this.design = design;
        this.viewport = viewport;
        this.dark = dark;
        setId("live-layer");
        setMouseTransparent(true);
        state.setId("live-state-layer");
        state.setMouseTransparent(true);
        snapshot.addListener((o, a, s) -> accept(s));
    }

    /** The canvas for bands, rate labels and cards, to be placed just below this one (same size). */
    public Canvas stateLayer() {
        return state;
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

    private void accept(RunSnapshot s) {
        if (s == null) {
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
            figuresById.put(pn.id(), figures(pn.id(), pn, st));
        }
        if (s.hops().toUs() > s.hops().fromUs()) {
            rates = s.hops();
        }
        if (!reducedMotion.get()) {
            marks.addBatch(s.hops(), System.nanoTime() / 1e6, 100);
        }
        stateDirty = true;
        timer.start();
    }

    /**
     * Draws one frame at wall time {@code nowMs}: the marks on this canvas, cleared every frame, and — only when a
     * snapshot arrived, the view moved or the design changed — bands, rate labels and cards on {@link #stateLayer()}.
     */
    void paint(double nowMs) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight()); // this canvas covers only where marks travel (see fitToLinks)
        if (snap == null) {
            return;
        }
        Design d = design.get();
        boolean dk = Boolean.TRUE.equals(dark.getValue());
        if (painter == null || painter.dark() != dk) {
            painter = new LivePainter(g, dk);
            statePainter = new LivePainter(state.getGraphicsContext2D(), dk);
            stateDirty = true;
        }
        if (layoutChanged(d, dk)) {
            ends(d);
            fitToLinks();
            fitState(d);
            stateDirty = true;
        }
        if (stateDirty) {
            paintState(d);
            stateDirty = false;
            stateRedraws++;
        }
        if (!reducedMotion.get()) {
            batch.clear();
            markSize = Math.max(6, 8 * viewport.scale());
            marks.forEach(nowMs, gather);
            painter.marks(batch, markSize);
        }
        if (snap.state() != RunState.RUNNING && nowMs > 0 && marksIdle(nowMs)) {
            timer.stop(); // nothing moves any more: the last frame stays until the next snapshot
        }
    }

    /** Times the state layer was redrawn (tests and benchmarks). */
    public int stateRedraws() {
        return stateRedraws;
    }

    /** Whether the view, theme, motion setting or any card moved since the last frame (then remembers the new key). */
    private boolean layoutChanged(Design d, boolean dk) {
        List<Component> cs = d.components();
        int size = 8 + 2 * cs.size();
        if (layoutKey.length != size) {
            layoutKey = new double[size];
            layoutKey[0] = Double.NaN; // never equal: the first frame draws
        }
        boolean changed = false;
        changed |= put(0, viewport.scale());
        changed |= put(1, viewport.translateXProperty().get());
        changed |= put(2, viewport.translateYProperty().get());
        changed |= put(3, viewport.viewWidthProperty().get());
        changed |= put(4, viewport.viewHeightProperty().get());
        changed |= put(5, dk ? 1 : 0);
        changed |= put(6, reducedMotion.get() ? 1 : 0);
        changed |= put(7, d.links().size());
        for (int i = 0; i < cs.size(); i++) {
            changed |= put(8 + 2 * i, cs.get(i).x());
            changed |= put(9 + 2 * i, cs.get(i).y());
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

    /** Every link's two ends on screen, into {@link #ends}. */
    private void ends(Design d) {
        double k = viewport.scale();
        double tx = viewport.translateXProperty().get();
        double ty = viewport.translateYProperty().get();
        List<Link> links = d.links();
        int n = links.size();
        if (rateOf.length < n) {
            ends = new double[4 * n];
            rateOf = new double[n];
            rateLabels = new String[n];
            labelHalfW = new double[n];
        }
        for (int i = 0; i < n; i++) {
            Point2D[] e = CardGeometry.ends(d, links.get(i));
            ends[4 * i] = e[0].getX() * k + tx;
            ends[4 * i + 1] = e[0].getY() * k + ty;
            ends[4 * i + 2] = e[1].getX() * k + tx;
            ends[4 * i + 3] = e[1].getY() * k + ty;
        }
        linkCount = n;
    }

    /**
     * Places and sizes this canvas over the box the links span on screen (plus a mark's reach), within the view: on
     * the software pipeline a frame costs about the pixels of every layer that changes, and this one changes every
     * frame. Marks are drawn relative to the box's corner.
     */
    private void fitToLinks() {
        double reach = Math.max(6, 8 * viewport.scale()) + 2;
        ScreenBox box = new ScreenBox();
        for (int i = 0; i < 2 * linkCount; i++) {
            box.add(ends[2 * i] - reach, ends[2 * i + 1] - reach, ends[2 * i] + reach, ends[2 * i + 1] + reach);
        }
        box.place(this, viewport);
        ox = getLayoutX();
        oy = getLayoutY();
    }

    /**
     * Places and sizes the state layer over the design on screen — cards with their badges above and figures lines
     * below, and the links — within the view: redrawing a canvas costs about its whole area on the software pipeline,
     * so it is kept no larger than what it shows.
     */
    private void fitState(Design d) {
        double k = viewport.scale();
        double tx = viewport.translateXProperty().get();
        double ty = viewport.translateYProperty().get();
        ScreenBox box = new ScreenBox();
        for (Component c : d.components()) {
            // The health badge sits above the card, the figures line below it.
            box.add(c.x() * k + tx - 4, c.y() * k + ty - 17,
                    c.x() * k + tx + Math.max(CardGeometry.WIDTH * k, FIGURES_MAX_W) + 4,
                    (c.y() + CardGeometry.HEIGHT) * k + ty + 18);
        }
        for (int i = 0; i < 2 * linkCount; i++) { // rate labels sit on the links
            box.add(ends[2 * i] - 40, ends[2 * i + 1] - 10, ends[2 * i] + 40, ends[2 * i + 1] + 10);
        }
        box.place(state, viewport);
    }

    private void paintState(Design d) {
        GraphicsContext sg = state.getGraphicsContext2D();
        sg.clearRect(0, 0, state.getWidth(), state.getHeight());
        sg.save();
        sg.translate(-state.getLayoutX(), -state.getLayoutY()); // drawn in view coordinates
        LivePainter p = statePainter;
        int n = linkCount;
        for (int i = 0; i < n; i++) {
            double r = rates == null ? 0 : rates.ratePerSecond(i);
            if (r != rateOf[i] || rateLabels[i] == null) {
                rateLabels[i] = r > 0 ? LivePainter.rateText(r) : "";
            }
            rateOf[i] = r;
            double w = LivePainter.labelWidth(rateLabels[i]);
            boolean shown = rates != null && r > 0
                    && LivePainter.labelFits(ends[4 * i], ends[4 * i + 1], ends[4 * i + 2], ends[4 * i + 3], w);
            labelHalfW[i] = shown ? w / 2 : 0;
        }
        if (rates != null) {
            p.bands(ends, rateOf, n);
            for (int i = 0; i < n; i++) {
                if (rateOf[i] > 0) {
                    p.rateLabel(ends[4 * i], ends[4 * i + 1], ends[4 * i + 2], ends[4 * i + 3], rateLabels[i]);
                }
            }
        }
        double k = viewport.scale();
        double tx = viewport.translateXProperty().get();
        double ty = viewport.translateYProperty().get();
        for (Component c : d.components()) {
            PartNow now = partsById.get(c.id());
            if (now != null) {
                Bounds b = CardGeometry.bounds(c);
                p.part(b.getMinX() * k + tx, b.getMinY() * k + ty, b.getWidth() * k, b.getHeight() * k,
                        now.utilisation(), health(now), figuresById.get(c.id()));
            }
        }
        sg.restore();
    }

    /** Puts a mark in flight into {@link #batch} at its place on screen (a field: no capture per frame). */
    private final MarkField.Visitor gather = (l, kind, t) -> {
        if (l < 0 || l >= linkCount) {
            return;
        }
        double f = kind == 0 ? t : 1 - t; // answers travel back to the caller
        int o = 4 * l;
        double x = ends[o] + (ends[o + 2] - ends[o]) * f;
        double y = ends[o + 1] + (ends[o + 3] - ends[o + 1]) * f;
        double hw = labelHalfW[l];
        if (hw > 0 && Math.abs(x - (ends[o] + ends[o + 2]) / 2) < hw + markSize / 2 // under the rate label: the label
                && Math.abs(y - (ends[o + 1] + ends[o + 3]) / 2) < LivePainter.LABEL_H / 2 + markSize / 2) { // is below
            return; // the marks' layer, so the mark is left out rather than drawn over the text
        }
        batch.add(x - ox, y - oy, kind);
    };

    private boolean marksIdle(double nowMs) {
        boolean[] any = {false};
        marks.forEach(nowMs, (l, kd, t) -> any[0] = true);
        return !any[0];
    }

    /** "85 ms", "2.2 s", "95 s". */
    static String lagText(double ms) {
        return ms < 1000 ? Math.round(ms) + " ms"
                : ms < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000) : Math.round(ms / 1000) + " s";
    }

    static String health(PartNow n) {
        return n.down() ? "DOWN" : n.circuitOpen() ? "CIRCUIT OPEN" : n.slowed() ? "SLOW" : null;
    }

    private String figures(String id, PartNow n, PartStats st) {
        StringBuilder sb = new StringBuilder();
        if (n.capacity() < Integer.MAX_VALUE / 8) {
            sb.append(Math.round(n.utilisation() * 100)).append("% busy");
        }
        if (n.queued() > 0) {
            sb.append(sb.isEmpty() ? "" : " · ").append("queue ").append(n.queued());
        }
        if (n.instances() > 1) {
            sb.append(sb.isEmpty() ? "" : " · ").append("×").append(n.instances());
        }
        if (st != null && st.extra().containsKey("hitRatio")) {
            sb.append(sb.isEmpty() ? "" : " · ").append("hits ").append(Math.round(st.extra().get("hitRatio") * 100))
                    .append("%");
        }
        if (!Double.isNaN(n.replicaLagMs())) { // measured by the engine: commit on the primary to apply here
            sb.append(sb.isEmpty() ? "" : " · ").append("lag ").append(lagText(n.replicaLagMs()));
        }
        return sb.toString();
    }
}
