package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.archsim.app.testing.FxPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Marks are plotted as pixels: each kind in its colour and its own shape, and put back cheaply from a log. */
class MarkRasterTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    @Test
    void eachKindHasItsColourAndShape() throws Exception {
        int[] px = FxPlatform.onFx(() -> {
            PixelFrame f = new PixelFrame(100, 40);
            MarkBatch b = new MarkBatch(3);
            b.add(20, 20, (byte) 0);
            b.add(50, 20, (byte) 1);
            b.add(80, 20, (byte) 2);
            PixelRect r = MarkRaster.plot(f, b, 8, 1);
            int[] p = f.pixels();
            return new int[] {p[20 * 100 + 20], p[20 * 100 + 50], p[20 * 100 + 80],
                p[23 * 100 + 23], p[24 * 100 + 54], p[23 * 100 + 83], p[20 * 100 + 85], p[20 * 100 + 35],
                r.x0(), r.x1()};
        });
        assertThat(px[0]).isEqualTo(LiveColours.REQUEST);
        assertThat(px[1]).isEqualTo(LiveColours.RESPONSE);
        assertThat(px[2]).isEqualTo(LiveColours.FAILURE);
        assertThat(px[3]).as("a request's square has corners").isEqualTo(LiveColours.REQUEST);
        assertThat(px[4]).as("a response's crossed bars leave the corner out").isZero();
        assertThat(px[5]).as("a failure's thin cross leaves the corner out").isZero();
        assertThat(px[6]).as("the cross's arm").isEqualTo(LiveColours.FAILURE);
        assertThat(px[7]).as("between marks").isZero();
        assertThat(px[8]).isLessThanOrEqualTo(16);
        assertThat(px[9]).isGreaterThanOrEqualTo(86);
    }

    @Test
    void marksScaleWithThePixelScaleAndStayInsideTheRectangleReturned() throws Exception {
        int[] px = FxPlatform.onFx(() -> {
            PixelFrame f = new PixelFrame(80, 80);
            MarkBatch b = new MarkBatch(1);
            b.add(20, 20, (byte) 0); // 8 units at 2 pixels a unit: a 16-pixel square round (40, 40)
            PixelRect r = MarkRaster.plot(f, b, 8, 2);
            int inside = f.pixels()[47 * 80 + 47];
            int outside = f.pixels()[49 * 80 + 49];
            f.clear(r);
            int filled = 0;
            for (int v : f.pixels()) {
                filled += v == 0 ? 0 : 1;
            }
            return new int[] {inside, outside, filled};
        });
        assertThat(px[0]).isEqualTo(LiveColours.REQUEST);
        assertThat(px[1]).isZero();
        assertThat(px[2]).as("pixels left after clearing the rectangle").isZero();
    }
}
