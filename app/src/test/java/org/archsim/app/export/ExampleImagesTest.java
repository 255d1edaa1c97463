package org.archsim.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;

/**
 * The example exports under {@code docs/images/}: each bundled example has a PNG (2×) and an SVG there, each SVG with
 * one group per part. Run with {@code -Darchsim.regenerate=true} to write them afresh.
 */
class ExampleImagesTest {

    @Test
    void everyExampleHasCommittedExports() throws IOException {
        Path images = Fixtures.repo().resolve("docs/images");
        boolean regenerate = Boolean.getBoolean("archsim.regenerate");
        for (Path f : Fixtures.exampleFiles()) {
            String stem = f.getFileName().toString().replace(".archsim.json", "");
            Design d = Fixtures.example(stem);
            if (regenerate) {
                Files.createDirectories(images);
                AtomicFiles.write(images.resolve(stem + ".png"), ImageExport.png(d, RenderOptions.defaults(), 2));
                AtomicFiles.write(images.resolve(stem + ".svg"),
                        SvgExport.svg(d, RenderOptions.defaults()).getBytes(StandardCharsets.UTF_8));
                AtomicFiles.write(images.resolve(stem + "-dark.png"),
                        ImageExport.png(d, RenderOptions.defaults().withTheme(Theme.DARK), 2));
                var base = org.archsim.model.scenario.Scenario.defaults();
                var sim = new org.archsim.sim.run.Simulation(d,
                        new org.archsim.model.scenario.Scenario(30, 5, 42, base.load(), base.faults()));
                sim.runUntil(sim.durationUs());
                AtomicFiles.write(images.resolve(stem + "-metrics.png"),
                        ImageExport.png(d, RenderOptions.defaults().withMetrics(sim.report()), 2));
            }
            assertThat(images.resolve(stem + ".png")).as(stem).isRegularFile();
            String svg = Files.readString(images.resolve(stem + ".svg"));
            long groups = svg.lines().mapToLong(l -> l.split("class='part ", -1).length - 1).sum();
            assertThat(groups).as(stem + ".svg part groups").isEqualTo(d.components().size());
        }
    }
}
