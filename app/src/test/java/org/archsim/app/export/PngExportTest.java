package org.archsim.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.archsim.app.export.render.Box;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Rgba;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decodes exported PNGs and checks their size and a few pixels. */
class PngExportTest {

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void sizeIsTheDiagramTimesTheScale(int scale) throws IOException {
        Design d = Fixtures.small();
        DiagramRenderer r = new DiagramRenderer(d, RenderOptions.defaults());
        BufferedImage img = decode(ImageExport.png(d, RenderOptions.defaults(), scale));
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(r.width() * scale));
        assertThat(img.getHeight()).isEqualTo((int) Math.ceil(r.height() * scale));
        // Parts span x 80..688 and one card's height: the diagram is that plus the margins.
        assertThat(r.width()).isEqualTo(520 + 168 - 80 + 48);
    }

    @Test
    void pageAndCardsHaveTheThemeColours() throws IOException {
        for (Theme t : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            Design d = Fixtures.small();
            RenderOptions o = RenderOptions.defaults().withTheme(t);
            BufferedImage img = decode(ImageExport.png(d, o, 2));
            assertThat(rgb(img, 4, 4)).isEqualTo(t.background().argb());
            Box app = new DiagramRenderer(d, o).layout().cards().get("app");
            // Right part of the card, below the text: only the card's fill is there.
            assertThat(rgb(img, (int) ((app.right() - 12) * 2), (int) ((app.bottom() - 8) * 2)))
                    .isEqualTo(t.cardFill().argb());
            // The card sits where the part's x/y puts it: the margin left of it is page.
            assertThat(rgb(img, (int) ((app.x() - 6) * 2), (int) ((app.y() + 4) * 2))).isEqualTo(t.background().argb());
        }
    }

    @Test
    void transparentPageKeepsAlpha() throws IOException {
        Design d = Fixtures.small();
        RenderOptions o = RenderOptions.defaults().withTransparent(true);
        BufferedImage img = decode(ImageExport.png(d, o, 1));
        assertThat(img.getColorModel().hasAlpha()).isTrue();
        assertThat(img.getRGB(2, 2) >>> 24).isZero();
        Box db = new DiagramRenderer(d, o).layout().cards().get("db");
        assertThat(img.getRGB((int) db.right() - 12, (int) db.bottom() - 8)).isEqualTo(Theme.LIGHT.cardFill().argb());
    }

    @Test
    void badScaleIsRefused() {
        assertThatThrownBy(() -> ImageExport.png(Fixtures.small(), RenderOptions.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
    }

    @Test
    void everyExampleRenders() throws IOException {
        for (var f : Fixtures.exampleFiles()) {
            String stem = f.getFileName().toString().replace(".archsim.json", "");
            BufferedImage img = decode(ImageExport.png(Fixtures.example(stem), RenderOptions.defaults(), 1));
            assertThat(img.getWidth()).as(stem).isGreaterThan(200);
        }
    }

    static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y);
    }

    static Rgba rgba(int argb) {
        return new Rgba(argb >> 16 & 255, argb >> 8 & 255, argb & 255, argb >>> 24);
    }
}
