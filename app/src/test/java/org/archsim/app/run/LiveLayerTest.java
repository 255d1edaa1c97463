package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Affine;
import org.archsim.app.editor.Viewport;
import org.archsim.app.testing.FxPlatform;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.sim.observe.PartNow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live layer: state laid out again only for a snapshot or a moved view, drawn on the state thread and shown with
 * the marks over it in one frame; while the state thread catches up with a moved view the old picture follows it.
 */
class LiveLayerTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    private static Design design() {
        Design d = new Design("t");
        d.addComponent(new Component("a", Catalog.standard().require("service"), 0, 0));
        d.addComponent(new Component("b", Catalog.standard().require("database"), 400, 0));
        d.connect(new Link("a", "b"));
        return d;
    }

    private static Viewport view() {
        Viewport vp = new Viewport();
        vp.viewWidthProperty().set(800);
        vp.viewHeightProperty().set(400);
        return vp;
    }

    @Test
    void stateIsLaidOutForSnapshotsAndViewChangesOnly() throws Exception {
        Design d = design();
        int[] r = FxPlatform.onFx(() -> {
            Viewport vp = view();
            SimpleObjectProperty<RunSnapshot> snap = new SimpleObjectProperty<>();
            LiveLayer layer = new LiveLayer(() -> d, vp, snap, new SimpleBooleanProperty(false),
                    new StateRenderer(Runnable::run), () -> 0);
            snap.set(snapshot(1));
            layer.paint(1);
            layer.paint(17);
            layer.paint(34);
            int afterOne = layer.stateRedraws();
            snap.set(snapshot(2));
            layer.paint(51);
            layer.paint(68);
            int afterTwo = layer.stateRedraws();
            vp.panBy(10, 0);
            layer.paint(85);
            int afterPan = layer.stateRedraws();
            d.move("b", 420, 0);
            layer.paint(102);
            return new int[] {afterOne, afterTwo, afterPan, layer.stateRedraws(), layer.statesDrawn()};
        });
        assertThat(r).containsExactly(1, 2, 3, 4, 4);
    }

    @Test
    void oneFrameShowsTheStateWithTheMarksOverIt() throws Exception {
        Design d = design();
        int[] r = FxPlatform.onFx(() -> {
            Viewport vp = view();
            SimpleObjectProperty<RunSnapshot> snap = new SimpleObjectProperty<>();
            double[] clock = {0};
            LiveLayer layer = new LiveLayer(() -> d, vp, snap, new SimpleBooleanProperty(false),
                    new StateRenderer(Runnable::run), () -> clock[0]);
            snap.set(snapshot(1)); // one request on the link, starting now
            clock[0] = MarkField.TRAVEL_MS / 8; // an eighth of the way along: clear of the rate label in the middle
            layer.paint(clock[0]); // lays out and draws the state (on this thread), shows the marks
            layer.paint(clock[0]); // shows the state picture drawn for this view with the marks over it
            ImageView v = layer.view();
            Image img = v.getImage();
            int ox = (int) v.getViewport().getMinX() - (int) v.getLayoutX(); // frame pixels = view units here
            int oy = (int) v.getViewport().getMinY() - (int) v.getLayoutY();
            int barY = 56 - 2; // a's card: (0, 0) to (180, 56) at scale 1, no pan; its bar along the bottom
            int bar = img.getPixelReader().getArgb(10 + ox, barY + oy);
            int mark = 0; // request pixels on the link
            for (int x = 180; x < 400; x++) {
                for (int y = 20; y < 36; y++) {
                    mark += img.getPixelReader().getArgb(x + ox, y + oy) == LiveColours.REQUEST ? 1 : 0;
                }
            }
            return new int[] {bar, mark, layer.stateView().isVisible() ? 1 : 0, v.isVisible() ? 1 : 0,
                (int) v.getFitWidth()};
        });
        assertThat(r[0]).as("a's utilisation bar at 25 %").isEqualTo(LiveColours.OK);
        assertThat(r[1]).as("the request mark's pixels").isBetween(36, 100);
        assertThat(r[2]).as("the separate state picture is hidden while it lines up").isZero();
        assertThat(r[3]).isEqualTo(1);
        assertThat(r[4]).as("the frame covers the design, not the 800-wide view").isBetween(580, 640);
    }

    @Test
    void whileTheStateThreadCatchesUpTheOldPictureFollowsTheView() throws Exception {
        Design d = design();
        ArrayDeque<Runnable> thread = new ArrayDeque<>();
        double[] r = FxPlatform.onFx(() -> {
            Viewport vp = view();
            SimpleObjectProperty<RunSnapshot> snap = new SimpleObjectProperty<>();
            LiveLayer layer = new LiveLayer(() -> d, vp, snap, new SimpleBooleanProperty(false),
                    new StateRenderer(thread::add), () -> 0);
            snap.set(snapshot(1));
            layer.paint(1);
            thread.poll().run();
            layer.paint(2); // the picture arrives and lines up
            boolean hiddenBefore = !layer.stateView().isVisible();
            vp.panBy(30, -5);
            vp.zoomAt(2, 0, 0); // twice the size, about the view's corner
            layer.paint(3); // a new layout is asked for but not drawn yet
            Affine at = (Affine) layer.stateView().getTransforms().get(0);
            double[] out = {hiddenBefore ? 1 : 0, layer.stateView().isVisible() ? 1 : 0, at.getMxx(), at.getTx(),
                at.getTy(), 0};
            thread.poll().run();
            layer.paint(4);
            out[5] = layer.stateView().isVisible() ? 1 : 0;
            return out;
        });
        assertThat(r[0]).isEqualTo(1);
        assertThat(r[1]).as("the old picture is shown, moved").isEqualTo(1);
        assertThat(r[2]).isEqualTo(2);
        // the picture's box starts at the view's left edge (the design's margin, at x -4, is clipped): after the pan
        // by 30 and the zoom about (0, 0) that point is at (0 + 30) * 2
        assertThat(r[3]).isCloseTo((0 + 30) * 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r[5]).as("hidden again once the new picture lines up").isZero();
    }

    @Test
    void marksOverAHealthBadgeAreLeftOut() throws Exception {
        // b's badge sits above the right end of its card's top edge, where the link to c (up and to the right) leaves
        Design d = new Design("t");
        d.addComponent(new Component("b", Catalog.standard().require("service"), 0, 300));
        d.addComponent(new Component("c", Catalog.standard().require("database"), 500, 100));
        d.connect(new Link("b", "c"));
        int[] drawn = FxPlatform.onFx(() -> {
            int[] out = new int[2];
            for (int down = 0; down < 2; down++) {
                Viewport vp = view();
                vp.viewHeightProperty().set(600);
                SimpleObjectProperty<RunSnapshot> snap = new SimpleObjectProperty<>();
                double[] clock = {0};
                LiveLayer layer = new LiveLayer(() -> d, vp, snap, new SimpleBooleanProperty(false),
                        new StateRenderer(Runnable::run), () -> clock[0]);
                int n = 50;
                long[] at = new long[n];
                HopBatch hops = new HopBatch(at, new int[n], new byte[n], n, 0, new int[] {5}, 0, 100_000, 20);
                snap.set(new RunSnapshot(0, RunState.RUNNING, 100_000, 600_000_000, 1, 1, null,
                        List.of(new PartNow("b", down == 1, false, false, 1, 4, 0, 1, Double.NaN),
                                new PartNow("c", false, false, false, 1, 4, 0, 1, Double.NaN)),
                        hops, List.of(), 0));
                clock[0] = MarkField.TRAVEL_MS * 0.01; // every request has just left b
                layer.paint(clock[0]);
                out[down] = layer.marksDrawn();
            }
            return out;
        });
        assertThat(drawn[0]).as("b up: no badge").isEqualTo(50);
        assertThat(drawn[1]).as("b down: its badge stays readable").isZero();
    }

    @Test
    void withReducedMotionAnUnchangedFrameIsNotDrawnAgain() throws Exception {
        Design d = design();
        int[] r = FxPlatform.onFx(() -> {
            SimpleObjectProperty<RunSnapshot> snap = new SimpleObjectProperty<>();
            LiveLayer layer = new LiveLayer(() -> d, view(), snap, new SimpleBooleanProperty(false),
                    new StateRenderer(Runnable::run), () -> 0);
            layer.reducedMotionProperty().set(true);
            snap.set(snapshot(1));
            layer.paint(1); // the state picture arrives and is copied in
            int first = layer.framesDrawn();
            layer.paint(17);
            layer.paint(34);
            int still = layer.framesDrawn();
            snap.set(snapshot(2));
            layer.paint(51);
            return new int[] {first, still, layer.framesDrawn()};
        });
        assertThat(r[0]).isPositive();
        assertThat(r[1]).as("nothing moved: no frame drawn or uploaded").isEqualTo(r[0]);
        assertThat(r[2]).as("a new snapshot: drawn again").isEqualTo(r[0] + 1);
    }

    @Test
    void measuredReplicaLagIsShortOnTheCard() {
        assertThat(PartFigures.lagText(205.4)).isEqualTo("205 ms");
        assertThat(PartFigures.lagText(2205)).isEqualTo("2.2 s");
        assertThat(PartFigures.lagText(95_400)).isEqualTo("95 s");
    }

    private static RunSnapshot snapshot(long t) {
        HopBatch hops = new HopBatch(new long[] {100_000 * (t - 1)}, new int[] {0}, new byte[] {0}, 1, 0,
                new int[] {5}, 100_000 * (t - 1), 100_000 * t, 20);
        List<PartNow> parts = List.of(new PartNow("a", false, false, false, 1, 4, 0, 1, Double.NaN),
                new PartNow("b", true, false, false, 0, 4, 3, 1, 250));
        return new RunSnapshot(0, RunState.RUNNING, 100_000 * t, 600_000_000, 1, 1, null, parts, hops, List.of(), 0);
    }
}
