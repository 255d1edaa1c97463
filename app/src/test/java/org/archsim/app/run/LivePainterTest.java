package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.archsim.app.testing.FxPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cheap live painter: bands redrawn only on change, marks in their colours, marks bounded by the batch. */
class LivePainterTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    @Test
    void markBatchIgnoresMarksBeyondCapacity() {
        MarkBatch b = new MarkBatch(2);
        b.add(1, 1, (byte) 0);
        b.add(2, 2, (byte) 1);
        b.add(3, 3, (byte) 2);
        assertThat(b.size()).isEqualTo(2);
        b.clear();
        assertThat(b.size()).isZero();
    }

    @Test
    void bandsAndMarksKeepTheirColours() throws Exception {
        CompletableFuture<int[]> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas c = new Canvas(100, 60);
                LivePainter p = new LivePainter(c.getGraphicsContext2D(), false);
                p.bands(new double[] {10, 40, 90, 40}, new double[] {100_000}, 1);
                MarkBatch m = new MarkBatch(4);
                m.add(20, 10, (byte) 0);
                m.add(50, 10, (byte) 1);
                m.add(80, 10, (byte) 2);
                p.marks(m, 8);
                WritableImage img = c.snapshot(null, null);
                PixelReader px = img.getPixelReader();
                out.complete(new int[] {px.getArgb(20, 10), px.getArgb(50, 10), px.getArgb(80, 10),
                    px.getArgb(50, 40), px.getArgb(50, 52)});
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        int[] r = out.get(20, TimeUnit.SECONDS);
        assertThat(r[0]).isEqualTo(argb(LivePainter.REQUEST));
        assertThat(r[1]).isEqualTo(argb(LivePainter.RESPONSE));
        assertThat(r[2]).isEqualTo(argb(LivePainter.FAILURE));
        assertThat(r[3]).as("band pixel on the link").isNotEqualTo(0xFFFFFFFF);
        assertThat(r[4]).as("off the band").isEqualTo(0xFFFFFFFF);
    }

    @Test
    void textIsRasterisedOncePerDistinctLabelAndBlitted() throws Exception {
        CompletableFuture<int[]> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas c = new Canvas(300, 120);
                LivePainter p = new LivePainter(c.getGraphicsContext2D(), false);
                p.rateLabel(0, 30, 300, 30, "2.7k/s");
                p.rateLabel(0, 60, 300, 60, "2.7k/s");
                int afterSame = p.spritesRendered();
                p.rateLabel(0, 90, 300, 90, "850/s");
                p.part(20, 5, 150, 40, 0.5, "DOWN", "50% busy");
                int afterOthers = p.spritesRendered();
                p.part(20, 5, 150, 40, 0.5, "DOWN", "50% busy");
                WritableImage img = c.snapshot(null, null);
                PixelReader px = img.getPixelReader();
                int dark = 0; // text pixels inside the first label's box (the box itself is near-white)
                for (int x = 130; x < 170; x++) {
                    for (int y = 23; y < 37; y++) {
                        if ((px.getArgb(x, y) & 0xFF) < 128) {
                            dark++;
                        }
                    }
                }
                out.complete(new int[] {afterSame, afterOthers, p.spritesRendered(), dark});
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        int[] r = out.get(20, TimeUnit.SECONDS);
        assertThat(r[0]).isEqualTo(1);
        assertThat(r[1]).isEqualTo(4); // "850/s", the DOWN badge, the figures line
        assertThat(r[2]).isEqualTo(4); // the same card again: all from the cache
        assertThat(r[3]).as("dark text pixels in the label").isGreaterThan(10);
    }

    private static int argb(javafx.scene.paint.Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
