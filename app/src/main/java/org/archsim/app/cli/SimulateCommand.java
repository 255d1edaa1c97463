package org.archsim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.rules.DesignRules;
import org.archsim.model.rules.Problem;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.io.ReportJson;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code simulate DESIGN [--scenario FILE] [--seed N] [--duration S] [--warmup S] [--json]}: runs the design under the
 * scenario (or the default one) and prints a readable report, or the JSON object of FORMATS.md with {@code --json}.
 * Bad files or options exit 2 with located messages; long runs show progress on stderr when it is a terminal.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a design under load and faults and report latency, throughput, errors and utilisation.")
public final class SimulateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (*.archsim.json).")
    Path designFile;

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--json", description = "Print one JSON object instead of the readable report.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Design design;
        Scenario scenario;
        try {
            design = DesignCodec.read(designFile);
            List<Problem> errors = DesignRules.check(design).stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                err.println(designFile + ": the design cannot be simulated:");
                errors.forEach(p -> err.println("  " + p));
                return ExitCodes.BAD_INPUT;
            }
            scenario = scenarioOptions.resolve(design);
        } catch (FormatException e) {
            e.problems().forEach(p -> err.println(p));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("cannot read " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("archsim simulate: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            err.flush();
        }
        SimulationReport report = run(design, scenario, err);
        out.print(json ? ReportJson.toJson(report, scenario) : ReportText.format(design.name(), scenario, report));
        out.flush();
        return ExitCodes.OK;
    }

    /** Runs in slices so a terminal can show progress; the slicing does not change the result. */
    private static SimulationReport run(Design design, Scenario scenario, PrintWriter err) {
        Simulation sim = new Simulation(design, scenario);
        boolean progress = System.console() != null;
        long end = sim.durationUs();
        long started = System.nanoTime();
        for (int i = 1; i <= 100; i++) {
            sim.runUntil(end * i / 100);
            if (progress && System.nanoTime() - started > 500_000_000L) {
                err.printf(Locale.ROOT, "\rsimulating %s: %3d%% (t = %.0f s)", design.name(), i, sim.now() / 1e6);
                err.flush();
            }
        }
        if (progress && System.nanoTime() - started > 500_000_000L) {
            err.print("\r\033[K");
            err.flush();
        }
        return sim.report();
    }
}
