package org.archsim.app.export.dialog;

import java.util.Objects;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;

/**
 * The last run of the design, as the export needs it: its report (for the metrics overlay and CSV) and the scenario
 * it ran (recorded in the JSON).
 *
 * @param report   the latest report of the run
 * @param scenario the scenario the run used
 */
public record RunResult(SimulationReport report, Scenario scenario) {

    public RunResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(scenario, "scenario");
    }
}
