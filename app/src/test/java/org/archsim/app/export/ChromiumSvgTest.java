package org.archsim.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVG export as a real browser engine draws it: headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs) screenshots the SVG, and the screenshot must match the PNG export of the same design at
 * the same size. Fails — never skips — when Chromium is missing.
 */
class ChromiumSvgTest {

    /** Mean absolute difference per channel (0..255) allowed: anti-aliasing and font hinting differ a little. */
    static final double MAX_MEAN_DIFF = 6.0;

    @Test
    void chromiumDrawsTheSvgLikeThePngExport(@TempDir Path dir) throws Exception {
        String chromium = findChromium();
        Design d = Fixtures.example("microservices");
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            RenderOptions o = RenderOptions.defaults().withTheme(theme);
            DiagramRenderer r = new DiagramRenderer(d, o);
            int w = (int) r.width();
            int h = (int) r.height();
            Path svg = dir.resolve(theme.name() + ".svg");
            Files.writeString(svg, SvgExport.svg(d, o), StandardCharsets.UTF_8);
            Path shot = dir.resolve(theme.name() + "-chromium.png");
            screenshot(chromium, svg, shot, w, h, dir);
            BufferedImage browser = ImageIO.read(shot.toFile());
            BufferedImage png = ImageExport.image(d, o, 1);
            assertThat(browser.getWidth()).isEqualTo(w);
            assertThat(browser.getHeight()).isEqualTo(h);
            double diff = meanAbsDiff(browser, png);
            System.out.printf(java.util.Locale.ROOT, "chromium vs PNG export, %s theme: mean abs diff %.2f%n",
                    theme.name(), diff);
            Files.copy(shot, Path.of("target", "chromium-" + theme.name() + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(diff).as("mean absolute pixel difference, %s theme (screenshot kept at %s)", theme.name(), shot)
                    .isLessThan(MAX_MEAN_DIFF);
            // And it is not trivially similar: a blank page would differ from the drawing far more.
            BufferedImage blank = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            var g = blank.createGraphics();
            g.setColor(new java.awt.Color(theme.background().argb(), true));
            g.fillRect(0, 0, w, h);
            g.dispose();
            assertThat(meanAbsDiff(blank, png)).isGreaterThan(diff * 2);
        }
    }

    static String findChromium() {
        for (String name : new String[] {"chromium", "chromium-browser"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return fail("headless Chromium is needed to check the SVG export in a browser engine but was not found on "
                + "PATH: install Debian's package with `apt-get install chromium` (.ci/run does this)");
    }

    static void screenshot(String chromium, Path svg, Path out, int w, int h, Path dir) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
                "--screenshot=" + out, "--window-size=" + w + "," + h, svg.toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 60 s");
        }
        if (!Files.exists(out)) {
            fail("chromium wrote no screenshot (exit " + p.exitValue() + "):\n"
                    + Files.readString(dir.resolve("chromium.log")));
        }
    }

    /** Mean over pixels and the R, G, B channels of |a − b|, both composited on their own alpha over black. */
    static double meanAbsDiff(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 255) - (q >> shift & 255));
                }
            }
        }
        return sum / (3.0 * w * h);
    }
}
