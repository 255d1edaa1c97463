package org.archsim.app.export.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
        m.formatProperty().set(DialogFormat.SVG);
        assertThat(m.scaleApplicableProperty().get()).isFalse();
        assertThat(m.pictureOptionsApplicableProperty().get()).isTrue();
        m.formatProperty().set(DialogFormat.MERMAID);
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
        m.formatProperty().set(DialogFormat.DRAWIO);
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
        m.formatProperty().set(DialogFormat.MERMAID);
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
        m.formatProperty().set(DialogFormat.PDF);
        assertThat(new String(m.export(), 0, 5)).isEqualTo("%PDF-");
        assertThat(Files.list(dir)).hasSize(1);
    }

    private static SimulationReport run(Design d, Scenario s) {
        Simulation sim = new Simulation(d, s);
        sim.runUntil(sim.durationUs());
        return sim.report();
    }

    @Test
    void metricsFormatsAreOfferedOnlyAfterARun(@TempDir Path dir) throws Exception {
        Design d = Fixtures.small();
        assertThat(new ExportDialogModel(d, Set.of("x"), null).formats())
                .containsExactly(DialogFormat.PNG, DialogFormat.SVG, DialogFormat.PDF, DialogFormat.DRAWIO,
                        DialogFormat.MERMAID);
        Scenario base = Scenario.defaults();
        Scenario s = new Scenario(3, 0.5, 7, base.load(), base.faults());
        SimulationReport report = run(d, s);
        assertThat(new ExportDialogModel(d, Set.of(), report).formats()).as("CSV needs no scenario")
                .contains(DialogFormat.CSV).doesNotContain(DialogFormat.JSON);
        ExportDialogModel m = new ExportDialogModel(d, Set.of(d.components().get(0).id()), report, s);
        assertThat(m.formats()).endsWith(DialogFormat.CSV, DialogFormat.JSON);
        assertThat(m.selectionAvailableProperty().get()).isTrue();

        m.formatProperty().set(DialogFormat.CSV);
        assertThat(m.selectionAvailableProperty().get()).as("a run's metrics have no selection").isFalse();
        assertThat(m.suggestedFileNameProperty().get()).endsWith("-metrics.csv");
        String csv = m.preview(400, 300).text();
        assertThat(csv.split("\r\n")).hasSize(1 + report.components().size());
        assertThat(csv).startsWith("id,name,kind,arrivals");

        m.formatProperty().set(DialogFormat.JSON);
        Path out = dir.resolve(m.suggestedFileNameProperty().get());
        assertThat(m.exportReportingFailure(out)).isEmpty();
        String json = Files.readString(out);
        assertThat(json).contains("\"seed\"").contains("7");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("scenario").get("seed").asLong())
                .isEqualTo(7);
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        ExportDialogModel m = new ExportDialogModel(Fixtures.small(), Set.of(), null);
        Path missing = dir.resolve("no-such-folder").resolve("out.png");
        var failure = m.exportReportingFailure(missing);
        assertThat(failure).isPresent();
        assertThat(failure.get()).contains(missing.toString()).contains("folder does not exist")
                .contains("unchanged");
        assertThat(Files.exists(missing.getParent())).isFalse();

        Path existing = dir.resolve("keep.svg");
        Files.writeString(existing, "old");
        dir.toFile().setWritable(false);
        try {
            m.formatProperty().set(DialogFormat.SVG);
            if (!Files.isWritable(dir)) { // root may write anywhere; the first half already proved the message
                assertThat(m.exportReportingFailure(existing)).isPresent();
                assertThat(Files.readString(existing)).isEqualTo("old");
            }
        } finally {
            dir.toFile().setWritable(true);
        }
        assertThat(Files.list(dir)).containsExactly(existing);
    }

    @Test
    void copiedImageIsTheSelectionOrTheWholeDesignAtTwiceTheSize() {
        Design d = Fixtures.example("microservices");
        var whole = DiagramImage.render(d, java.util.List.of(), Theme.DARK);
        assertThat(whole.getWidth()).isEqualTo((int) Math.ceil(2 * new DiagramRenderer(d, RenderOptions.defaults()).width()));
        assertThat(whole.getRGB(1, 1)).isEqualTo(Theme.DARK.background().argb());
        var sel = DiagramImage.render(d, java.util.List.of("catalog", "gone"), Theme.LIGHT);
        assertThat(sel.getWidth()).isLessThan(whole.getWidth());
        assertThat(sel.getRGB(1, 1)).isEqualTo(Theme.LIGHT.background().argb());
    }
}
