package org.archsim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.archsim.app.export.AtomicFiles;
import org.archsim.app.export.DesignExport;
import org.archsim.app.export.ExportFormat;
import org.archsim.app.export.ResultsExport;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.rules.DesignRules;
import org.archsim.model.rules.Problem;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export DESIGN --format png|svg|pdf|drawio|mermaid [--scale N] [--theme light|dark] -o FILE}: writes the design
 * as a picture or as a file for another tool; {@code --format csv|json} writes a run's figures instead. The output is
 * written atomically to exactly FILE (replacing it if it exists, which is reported on stderr); its directory must
 * exist — nothing else is created or touched. Bad input exits 2 with located messages.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a design as PNG, SVG, PDF, draw.io or Mermaid, or a run's metrics as CSV or JSON.")
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (*.archsim.json).")
    Path designFile;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png, svg, pdf, drawio, mermaid (the diagram) or csv, json (a run's metrics); "
                    + "default: from the output file's extension.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Output file.")
    Path output;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per diagram unit: 1, 2 or 4 (up to 8; default 1). Vector formats ignore it.")
    double scale;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", description = "light (default) or dark.")
    String theme;

    @Option(names = "--transparent", description = "Leave the page behind the diagram unpainted (PNG, SVG, PDF).")
    boolean transparent;

    @Option(names = "--metrics", description = "Run the simulation and overlay each part's utilisation and errors.")
    boolean metrics;

    @Option(names = "--only", split = ",", paramLabel = "ID",
            description = "Export only these parts (comma-separated ids) and the links between them.")
    List<String> only;

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return export(err);
        } catch (BadInput e) {
            err.println("archsim export: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (FormatException e) {
            e.problems().forEach(p -> err.println(p));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("archsim export: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            err.flush();
        }
    }

    private int export(PrintWriter err) throws IOException, FormatException, BadInput {
        String fmt = format != null ? format.toLowerCase(Locale.ROOT) : ExportFormat.forFileName(
                output.getFileName().toString()).map(ExportFormat::cliName).orElseGet(() -> extensionResults(output));
        if (fmt == null) {
            throw new BadInput("say --format png|svg|pdf|drawio|mermaid|csv|json (cannot tell from \"" + output + "\")");
        }
        boolean results = fmt.equals("csv") || fmt.equals("json");
        ExportFormat diagram = results ? null : ExportFormat.named(fmt).orElseThrow(() -> new BadInput(
                "unknown --format \"" + format + "\"; use png, svg, pdf, drawio, mermaid, csv or json"));
        if (!(scale > 0 && scale <= 8)) {
            throw new BadInput("--scale must be > 0 and ≤ 8 (1, 2 or 4 are usual), was " + num(scale));
        }
        Theme th;
        try {
            th = Theme.named(theme);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--theme: " + e.getMessage());
        }
        Path dir = output.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInput("the directory of " + output + " does not exist (export creates no directories)");
        }
        if (Files.isDirectory(output)) {
            throw new BadInput(output + " is a directory; name the file to write");
        }
        Design design = DesignCodec.read(designFile);
        Set<String> selection = new LinkedHashSet<>(only == null ? List.of() : only);
        for (String id : selection) {
            if (design.component(id).isEmpty()) {
                throw new BadInput("--only: " + designFile + " has no part \"" + id + "\"");
            }
        }
        Scenario scenario = null;
        SimulationReport report = null;
        if (results || metrics) {
            scenario = scenario(design);
            report = run(design, scenario);
        }
        byte[] bytes;
        if (results) {
            bytes = (fmt.equals("csv") ? ResultsExport.csv(report, design) : ResultsExport.json(report, scenario))
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            RenderOptions options = RenderOptions.defaults().withTheme(th).withTransparent(transparent)
                    .withSelection(selection).withMetrics(report);
            bytes = DesignExport.export(design, diagram, options, scale);
        }
        boolean existed = Files.exists(output);
        AtomicFiles.write(output, bytes);
        if (existed) {
            err.println("replaced " + output);
        }
        return ExitCodes.OK;
    }

    private static String extensionResults(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : null;
    }

    private Scenario scenario(Design design) throws IOException, FormatException, BadInput {
        List<Problem> errors = DesignRules.check(design).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new BadInput(designFile + ": the design cannot be simulated: " + errors.get(0));
        }
        try {
            return scenarioOptions.resolve(design);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    private static SimulationReport run(Design design, Scenario scenario) {
        Simulation sim = new Simulation(design, scenario);
        sim.runUntil(sim.durationUs());
        return sim.report();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A usage problem the user can fix; its message is printed as is. */
    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }
}
