package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.archsim.app.testing.FxPlatform;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.sim.observe.PartNow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The state thread's hand-over: the newest request wins, pictures are reused only once they are off screen. */
class StateRendererTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    private static StateScene scene(double tx) {
        Design d = new Design("t");
        d.addComponent(new Component("a", Catalog.standard().require("service"), 0, 0));
        StateScene.ViewKey v = new StateScene.ViewKey(1, tx, 10, 400, 100, 1);
        return StateScenes.build(StateScenes.layout(d, v), null,
                Map.of("a", new PartNow("a", false, false, false, 1, 2, 0, 1, Double.NaN)), Map.of(), false);
    }

    @Test
    void scenesAskedForWhileOneIsDrawnAreSkippedButTheNewest() throws Exception {
        ArrayDeque<Runnable> thread = new ArrayDeque<>();
        double[] shown = FxPlatform.onFx(() -> {
            StateRenderer r = new StateRenderer(thread::add);
            r.request(scene(1));
            r.request(scene(2)); // the first is being drawn: these wait, and only the last is kept
            r.request(scene(3));
            double before = r.update() == null ? -1 : 0;
            thread.poll().run();
            double first = r.update().scene().view().tx();
            int queued = thread.size();
            thread.poll().run();
            double second = r.update().scene().view().tx();
            return new double[] {before, first, queued, second, r.drawnCount(), thread.size(), r.idle() ? 1 : 0};
        });
        assertThat(shown).containsExactly(-1, 1, 1, 3, 2, 0, 1);
    }

    @Test
    void atMostThreePicturesAreUsedAndNoneIsDrawnIntoWhileItMayBeOnScreen() throws Exception {
        ArrayDeque<Runnable> thread = new ArrayDeque<>();
        int[] r = FxPlatform.onFx(() -> {
            StateRenderer renderer = new StateRenderer(thread::add);
            Set<PixelFrame> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Map<PixelFrame, Integer> lastShownAt = new IdentityHashMap<>();
            int tooSoon = 0;
            StateRenderer.Drawn current = null;
            for (int frame = 0; frame < 200; frame++) {
                renderer.request(scene(frame));
                Runnable job = thread.poll();
                if (job != null) {
                    job.run(); // the state thread draws during this frame's animation phase
                }
                StateRenderer.Drawn d = renderer.update();
                if (d != null && d != current) {
                    // drawn this frame: the render thread may still be drawing the previous frame, so the picture
                    // must not have been on screen in it
                    Integer at = lastShownAt.get(d.pixels());
                    tooSoon += at != null && at >= frame - 1 ? 1 : 0;
                    current = d;
                }
                if (d != null) {
                    lastShownAt.put(d.pixels(), frame);
                    seen.add(d.pixels());
                }
            }
            return new int[] {seen.size(), tooSoon, renderer.drawnCount()};
        });
        assertThat(r[0]).isBetween(2, StateRenderer.POOL);
        assertThat(r[1]).isZero();
        assertThat(r[2]).as("kept up, one picture every frame or two").isGreaterThan(60);
    }
}
