package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.archsim.app.editor.Viewport;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.sim.observe.PartNow;
import org.archsim.app.testing.FxPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The live layer redraws its state layer (bands, labels, cards) only when a snapshot arrives or the view moves. */
class LiveLayerTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    @Test
    void stateLayerIsRedrawnOnSnapshotsAndViewChangesOnly() throws Exception {
        Design d = new Design("t");
        d.addComponent(new Component("a", Catalog.standard().require("service"), 0, 0));
        d.addComponent(new Component("b", Catalog.standard().require("database"), 400, 0));
        d.connect(new Link("a", "b"));
        CompletableFuture<int[]> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Viewport vp = new Viewport();
                SimpleObjectProperty<RunSnapshot> snap = new SimpleObjectProperty<>();
                LiveLayer layer = new LiveLayer(() -> d, vp, snap, new SimpleBooleanProperty(false));
                vp.viewWidthProperty().set(800);
                vp.viewHeightProperty().set(400);
                snap.set(snapshot(1));
                layer.paint(1);
                layer.paint(17);
                layer.paint(34);
                int afterOne = layer.stateRedraws();
                double[] box = {layer.getLayoutX(), layer.getLayoutY(), layer.getWidth(), layer.getHeight()};
                snap.set(snapshot(2));
                layer.paint(51);
                layer.paint(68);
                int afterTwo = layer.stateRedraws();
                vp.panBy(10, 0);
                layer.paint(85);
                int afterPan = layer.stateRedraws();
                d.move("b", 420, 0);
                layer.paint(102);
                out.complete(new int[] {afterOne, afterTwo, afterPan, layer.stateRedraws(), (int) box[2], (int) box[3]});
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        int[] r = out.get(20, TimeUnit.SECONDS);
        assertThat(r).startsWith(1, 2, 3, 4);
        // the marks canvas covers the link (horizontal, from card edge to card edge: 400 px less a card's width) and a
        // mark's reach, not the 800 x 400 view
        int link = 400 - (int) org.archsim.app.editor.CardGeometry.WIDTH;
        assertThat(r[4]).isBetween(link, link + 30);
        assertThat(r[5]).isBetween(10, 30);
    }

    @Test
    void measuredReplicaLagIsShortOnTheCard() {
        assertThat(LiveLayer.lagText(205.4)).isEqualTo("205 ms");
        assertThat(LiveLayer.lagText(2205)).isEqualTo("2.2 s");
        assertThat(LiveLayer.lagText(95_400)).isEqualTo("95 s");
    }

    private static RunSnapshot snapshot(long t) {
        HopBatch hops = new HopBatch(new long[] {t}, new int[] {0}, new byte[] {0}, 1, 0, new int[] {5}, 0,
                100_000 * t, 20);
        List<PartNow> parts = List.of(new PartNow("a", false, false, false, 1, 4, 0, 1, Double.NaN),
                new PartNow("b", true, false, false, 0, 4, 3, 1, 250));
        return new RunSnapshot(0, RunState.RUNNING, 100_000 * t, 600_000_000, 1, 1, null, parts, hops, List.of(), 0);
    }
}
