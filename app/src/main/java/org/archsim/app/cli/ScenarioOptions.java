package org.archsim.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;
import org.archsim.model.io.ScenarioCodec;
import org.archsim.model.io.ScenarioDocument;
import org.archsim.model.scenario.Scenario;
import picocli.CommandLine.Option;

/**
 * The options every command that runs a simulation shares ({@code --scenario}, {@code --seed}, {@code --duration},
 * {@code --warmup}), and how they combine into one {@link Scenario}: the file (or the default scenario), then the
 * overrides. A shortened run keeps the file's warm-up when it still fits, else warms up for a sixth of the run.
 */
public final class ScenarioOptions {

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario file (*.scenario.json): load, faults, duration.")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's).")
    Long seed;

    @Option(names = "--duration", paramLabel = "S", description = "Simulated seconds (overrides the scenario's; default 60).")
    Double durationS;

    @Option(names = "--warmup", paramLabel = "S", description = "Seconds left out of the figures (default 10).")
    Double warmupS;

    /**
     * The scenario these options describe for {@code design}.
     *
     * @throws FormatException          the scenario file is malformed or names parts the design lacks (located)
     * @throws IllegalArgumentException an override is out of range (the message names the option)
     */
    Scenario resolve(Design design) throws IOException, FormatException {
        Scenario s = Scenario.defaults();
        if (scenarioFile != null) {
            ScenarioDocument doc = ScenarioCodec.readDocument(scenarioFile);
            List<FormatProblem> problems = ScenarioCodec.checkAgainst(doc, design);
            if (!problems.isEmpty()) {
                throw new FormatException(problems);
            }
            s = doc.scenario();
        }
        if (seed != null) {
            s = s.withSeed(seed);
        }
        double d = durationS != null ? durationS : s.durationS();
        double w = warmupS != null ? warmupS : (durationS != null && s.warmupS() >= d ? d / 6 : s.warmupS());
        if (!(d > 0)) {
            throw new IllegalArgumentException("--duration must be > 0, was " + num(d));
        }
        if (!(w >= 0) || w >= d) {
            throw new IllegalArgumentException("--warmup must be ≥ 0 and less than the duration (" + num(d)
                    + " s), was " + num(w));
        }
        return new Scenario(d, w, s.seed(), s.load(), s.faults());
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
