package org.archsim.app.export.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.archsim.app.export.Fixtures;
import org.archsim.app.export.ImageExport;
import org.archsim.model.Design;
import org.archsim.app.testing.FxPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JavaFX target, headless (Monocle, software pipeline): the renderer drawn on a Canvas and snapshotted on the FX
 * thread shows the page and the cards where the Java2D export shows them.
 */
class FxSurfaceTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    @Test
    void canvasShowsPageCardsAndLinksLikeJava2D() throws Exception {
        Design d = Fixtures.small();
        RenderOptions o = RenderOptions.defaults().withTheme(Theme.DARK);
        DiagramRenderer r = new DiagramRenderer(d, o);
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas canvas = new Canvas(r.width(), r.height());
                r.draw(new FxSurface(canvas.getGraphicsContext2D()));
                shot.complete(canvas.snapshot(null, null));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        WritableImage img = shot.get(20, TimeUnit.SECONDS);
        PixelReader px = img.getPixelReader();
        assertThat((int) img.getWidth()).isEqualTo((int) r.width());
        assertThat(px.getArgb(3, 3)).isEqualTo(Theme.DARK.background().argb());
        Box app = r.layout().cards().get("app");
        assertThat(px.getArgb((int) app.right() - 12, (int) app.bottom() - 8)).isEqualTo(Theme.DARK.cardFill().argb());

        // Same drawing as the Java2D target, up to anti-aliasing and font rasterisation.
        BufferedImage java2d = ImageExport.image(d, o, 1);
        long sum = 0;
        for (int y = 0; y < java2d.getHeight(); y++) {
            for (int x = 0; x < java2d.getWidth(); x++) {
                int p = px.getArgb(x, y);
                int q = java2d.getRGB(x, y);
                for (int s = 0; s <= 16; s += 8) {
                    sum += Math.abs((p >> s & 255) - (q >> s & 255));
                }
            }
        }
        double mean = sum / (3.0 * java2d.getWidth() * java2d.getHeight());
        assertThat(mean).as("mean abs difference JavaFX vs Java2D").isLessThan(6);
    }
}
