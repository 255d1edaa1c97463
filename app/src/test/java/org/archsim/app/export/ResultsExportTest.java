package org.archsim.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A run's figures as CSV (one row per part, the documented columns) and as the JSON of {@code simulate --json}. */
class ResultsExportTest {

    static Design design;
    static Scenario scenario;
    static SimulationReport report;

    @BeforeAll
    static void run() {
        design = Fixtures.example("monolith");
        Scenario d = Scenario.defaults();
        scenario = new Scenario(6, 1, 7, d.load(), d.faults());
        Simulation sim = new Simulation(design, scenario);
        sim.runUntil(sim.durationUs());
        report = sim.report();
    }

    @Test
    void csvHasAHeaderAndOneRowPerPart() {
        List<String> lines = ResultsExport.csv(report, design).lines().toList();
        assertThat(lines).hasSize(1 + design.components().size());
        assertThat(lines.get(0)).isEqualTo(String.join(",", ResultsExport.COLUMNS));
        for (int i = 0; i < design.components().size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(cells).hasSize(ResultsExport.COLUMNS.size());
            var c = design.components().get(i);
            assertThat(cells[0]).isEqualTo(c.id());
            var p = report.components().get(c.id());
            assertThat(Long.parseLong(cells[3])).isEqualTo(p.arrivals());
            assertThat(Double.parseDouble(cells[7])).isCloseTo(p.utilization(),
                    org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void csvQuotesAndNumbers() {
        assertThat(ResultsExport.quote("a,b \"c\"")).isEqualTo("\"a,b \"\"c\"\"\"");
        assertThat(ResultsExport.num(Double.NaN)).isEmpty();
        assertThat(ResultsExport.num(0.1234567891)).isEqualTo("0.123457");
        assertThat(ResultsExport.num(12)).isEqualTo("12");
    }

    @Test
    void jsonIsTheSimulateJson() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ResultsExport.json(report, scenario));
        assertThat(root.path("system").has("throughputRps")).isTrue();
        assertThat(root.path("components").size()).isEqualTo(design.components().size());
    }
}
