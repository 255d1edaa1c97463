package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.archsim.app.testing.FxPlatform;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.sim.observe.PartNow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The state layer drawn with Java2D: bands on busy links, rate labels, utilisation bars, badges and figures. */
class StatePainterTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    private static Design twoParts() {
        Design d = new Design("t");
        d.addComponent(new Component("a", Catalog.standard().require("service"), 0, 0));
        d.addComponent(new Component("b", Catalog.standard().require("database"), 500, 0));
        d.connect(new Link("a", "b"));
        return d;
    }

    @Test
    void aBusyLinkHasABandAndALabelAndCardsShowTheirState() throws Exception {
        Design d = twoParts();
        StateScene.ViewKey view = new StateScene.ViewKey(1, 20, 40, 800, 200, 1);
        HopBatch rates = new HopBatch(new long[0], new int[0], new byte[0], 0, 0, new int[] {2000}, 0, 100_000, 1);
        Map<String, PartNow> parts = Map.of("a", new PartNow("a", false, false, false, 1, 4, 0, 1, Double.NaN),
                "b", new PartNow("b", true, false, false, 4, 4, 3, 1, Double.NaN));
        Map<String, String> figures = Map.of("a", "25% busy", "b", "100% busy · queue 3");
        StateScene s = StateScenes.build(StateScenes.layout(d, view), rates, parts, figures, false);
        int[] px = FxPlatform.onFx(() -> {
            PixelFrame f = new PixelFrame(800, 200);
            StatePainter.paint(f, PixelRect.EMPTY, s, new TextStamps());
            int[] p = f.pixels();
            int y = (int) Math.round(s.ends()[1]); // the link runs level between the cards' middles
            int x = (int) Math.round((s.ends()[0] + s.ends()[2]) / 2);
            int dark = 0; // text pixels in the rate label (a near-white box)
            for (int i = x - 20; i < x + 20; i++) {
                for (int j = y - 7; j < y + 7; j++) {
                    dark += (p[j * 800 + i] & 0xFF) < 128 && (p[j * 800 + i] >>> 24) > 200 ? 1 : 0;
                }
            }
            int cardA = (int) s.cards()[0];
            int bottomA = (int) (s.cards()[1] + s.cards()[3]) - 1;
            int cardB = (int) s.cards()[4];
            int groove = p[y * 800 + x - 60];
            int nearHead = p[(y - 3) * 800 + (int) Math.round(s.ends()[2]) - 5];
            int text = 0; // pixels of a's figures line, below the card
            for (int i = cardA; i < cardA + 80; i++) {
                for (int j = bottomA + 2; j < bottomA + 18; j++) {
                    text += p[j * 800 + i] == 0 ? 0 : 1;
                }
            }
            return new int[] {p[(y - 3) * 800 + x - 60], p[(y + 20) * 800 + x - 60], dark,
                p[bottomA * 800 + cardA + 10], p[bottomA * 800 + cardA + 150],
                p[bottomA * 800 + cardB + 150], p[(int) (s.cards()[5] - 2) * 800 + cardB + 90], text, groove, nearHead};
        });
        assertThat(s.labels()[0]).isEqualTo("20.0k/s");
        assertThat(px[0]).as("the band beside the link, opaque").isEqualTo(LiveColours.band(false));
        assertThat(px[1]).as("off the band").isZero();
        assertThat(px[2]).as("dark text pixels in the label").isGreaterThan(10);
        assertThat(opaque(px[3])).as("a's bar at 25 %").isEqualTo(LiveColours.OK);
        assertThat(opaque(px[4])).as("a's track beyond 25 %").isEqualTo(LiveColours.track(false));
        assertThat(opaque(px[5])).as("b's bar at 100 %").isEqualTo(LiveColours.DOWN);
        assertThat(opaque(px[6])).as("b's DOWN frame above the card").isEqualTo(LiveColours.DOWN);
        assertThat(px[7]).as("a's figures line below the card").isGreaterThan(20);
        assertThat(px[8]).as("the link's own line shows through the band's groove").isZero();
        assertThat(px[9]).as("the band stops short of the arrowhead").isZero();
    }

    @Test
    void nothingIsDrawnOutsideTheScenesBoxAndTheOldBoxIsCleared() throws Exception {
        Design d = twoParts();
        StateScene.ViewKey view = new StateScene.ViewKey(1, 20, 40, 800, 200, 1);
        StateScene s = StateScenes.build(StateScenes.layout(d, view), null,
                Map.of("a", new PartNow("a", false, false, false, 1, 4, 0, 1, Double.NaN)), Map.of(), false);
        int[] counts = FxPlatform.onFx(() -> {
            PixelFrame f = new PixelFrame(800, 200);
            f.fill(700, 150, 800, 200, 0xFF000000); // left over from an earlier scene
            StatePainter.paint(f, new PixelRect(700, 150, 800, 200), s, new TextStamps());
            int inside = 0;
            int outside = 0;
            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 800; x++) {
                    boolean in = x >= s.box().x0() && x < s.box().x1() && y >= s.box().y0() && y < s.box().y1();
                    int v = f.pixels()[y * 800 + x] == 0 ? 0 : 1;
                    inside += in ? v : 0;
                    outside += in ? 0 : v;
                }
            }
            return new int[] {inside, outside};
        });
        assertThat(s.parts()).isEqualTo(1);
        assertThat(counts[0]).as("a's bar").isGreaterThan(100);
        assertThat(counts[1]).isZero();
    }

    @Test
    void textsAreSetOnceAndStampedAfterwards() throws Exception {
        Design d = twoParts();
        StateScene.ViewKey view = new StateScene.ViewKey(1, 20, 40, 800, 200, 1);
        HopBatch rates = new HopBatch(new long[0], new int[0], new byte[0], 0, 0, new int[] {2000}, 0, 100_000, 1);
        Map<String, PartNow> parts = Map.of("a", new PartNow("a", false, false, false, 1, 4, 0, 1, Double.NaN),
                "b", new PartNow("b", true, false, false, 4, 4, 3, 1, Double.NaN));
        StateScene s = StateScenes.build(StateScenes.layout(d, view), rates, parts,
                Map.of("a", "25% busy", "b", "100% busy"), false);
        int[] r = FxPlatform.onFx(() -> {
            TextStamps stamps = new TextStamps();
            PixelFrame f = new PixelFrame(800, 200);
            StatePainter.paint(f, PixelRect.EMPTY, s, stamps);
            int first = stamps.rendered();
            int[] before = f.pixels().clone();
            StatePainter.paint(f, s.box(), s, stamps);
            int same = 0;
            for (int i = 0; i < before.length; i++) {
                same += before[i] == f.pixels()[i] ? 1 : 0;
            }
            return new int[] {first, stamps.rendered(), before.length - same};
        });
        assertThat(r[0]).as("the label, the badge, two figures lines").isEqualTo(4);
        assertThat(r[1]).as("nothing set again").isEqualTo(4);
        assertThat(r[2]).as("pixels that differ the second time").isZero();
    }

    @Test
    void ratesAreShortAndLabelsFollowTheirWidth() {
        assertThat(StateScenes.rateText(850.2)).isEqualTo("850/s");
        assertThat(StateScenes.rateText(999.6)).isEqualTo("1.0k/s");
        assertThat(StateScenes.rateText(12_449)).isEqualTo("12.4k/s");
        assertThat(StateScenes.labelFits(0, 0, 10, 0, 40)).isFalse();
        assertThat(StateScenes.labelFits(0, 0, 20, 0, 40)).isTrue();
    }

    private static int opaque(int argbPre) {
        return 0xFF000000 | argbPre;
    }
}
