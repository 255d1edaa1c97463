package org.archsim.app.export.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.archsim.app.export.ExportFormat;
import org.archsim.app.export.Fixtures;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's logic, without a Stage. */
class ExportDialogModelTest {

    @Test
    void optionsApplyOnlyWhereTheyMeanSomething() {
        ExportDialogModel m = new ExportDialogModel(Fixtures.small(), Set.of(), null);
        assertThat(m.scaleApplicableProperty().get()).isTrue();
        assertThat(m.selectionAvailableProperty().get()).isFalse();
        assertThat(m.metricsAvailableProperty().get()).isFalse();
        m.formatProperty().set(ExportFormat.SVG);
        assertThat(m.scaleApplicableProperty().get()).isFalse();
        assertThat(m.pictureOptionsApplicableProperty().get()).isTrue();
        m.formatProperty().set(ExportFormat.MERMAID);
        assertThat(m.pictureOptionsApplicableProperty().get()).isFalse();
        m.transparentProperty().set(true);
        assertThat(m.renderOptions().transparent()).as("transparent means nothing for Mermaid").isFalse();
    }

    @Test
    void suggestedFileNameFollowsTheFormat() {
        Design d = Fixtures.small();
        d.setName("My Design: v2!");
        ExportDialogModel m = new ExportDialogModel(d, Set.of(), null);
        assertThat(m.suggestedFileNameProperty().get()).isEqualTo("my-design-v2.png");
        m.formatProperty().set(ExportFormat.DRAWIO);
        assertThat(m.suggestedFileNameProperty().get()).isEqualTo("my-design-v2.drawio");
    }

    @Test
    void previewFitsTheBoxAndSelectionOnlyDrawsLess() {
        Design d = Fixtures.example("microservices");
        ExportDialogModel m = new ExportDialogModel(d, Set.of("catalog", "catalog-db"), null);
        var full = m.preview(400, 300).image();
        assertThat(full.getWidth()).isLessThanOrEqualTo(400);
        assertThat(full.getHeight()).isLessThanOrEqualTo(300);
        m.selectionOnlyProperty().set(true);
        var sel = m.preview(4000, 3000).image();
        assertThat(sel.getWidth()).as("never enlarged")
                .isEqualTo((int) Math.ceil(new DiagramRenderer(d, m.renderOptions()).width()));
        assertThat(sel.getWidth()).isLessThan((int) new DiagramRenderer(d, RenderOptions.defaults()).width());
        m.formatProperty().set(ExportFormat.MERMAID);
        var text = m.preview(400, 300).text();
        assertThat(text).contains("catalog").doesNotContain("orders");
    }

    @Test
    void exportsWithTheChosenOptions(@TempDir Path dir) throws Exception {
        Design d = Fixtures.small();
        Scenario s = Scenario.defaults();
        Simulation sim = new Simulation(d, new Scenario(3, 0.5, 1, s.load(), s.faults()));
        sim.runUntil(sim.durationUs());
        SimulationReport report = sim.report();
        ExportDialogModel m = new ExportDialogModel(d, Set.of(), report);
        m.includeMetricsProperty().set(true);
        m.themeProperty().set(Theme.DARK);
        assertThat(m.renderOptions().metrics()).contains(report);
        Path out = dir.resolve(m.suggestedFileNameProperty().get());
        m.exportTo(out);
        var img = javax.imageio.ImageIO.read(out.toFile());
        assertThat(img.getRGB(2, 2)).isEqualTo(Theme.DARK.background().argb());
        assertThat(img.getWidth()).isEqualTo(2 * (int) new DiagramRenderer(d, m.renderOptions()).width());
        m.formatProperty().set(ExportFormat.PDF);
        assertThat(new String(m.export(), 0, 5)).isEqualTo("%PDF-");
        assertThat(Files.list(dir)).hasSize(1);
    }
}
