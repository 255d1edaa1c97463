package org.archsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.archsim.sim.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench [--design FILE] [--seconds S] [--in-flight N]}: prints the engine's speed and memory figures — a
 * hand-written M/M/1 loop (the yardstick), the engine on an M/M/1 design, the engine on a design file (by default the
 * microservices example when it is found), and heap bytes per request in flight. Run it with {@code -Xmx256m} to check
 * that a million requests in flight fit a 256 MB heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {RenderBenchCommand.class, LiveBenchCommand.class},
        description = "Print simulation speed (requests per second) and memory per in-flight request.")
public final class BenchCommand implements Callable<Integer> {

    private static final Path DEFAULT_DESIGN = Path.of("assets", "examples", "microservices.archsim.json");

    @Option(names = "--design", paramLabel = "FILE",
            description = "Design to time (default: assets/examples/microservices.archsim.json if present).")
    Path design;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "5000",
            description = "Simulated seconds of the M/M/1 run (the design run takes a tenth). Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--in-flight", paramLabel = "N", defaultValue = "1000000",
            description = "Requests in flight for the memory figure; 0 skips it. Default: ${DEFAULT-VALUE}.")
    int inFlight;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path d = design != null ? design : (Files.isRegularFile(DEFAULT_DESIGN) ? DEFAULT_DESIGN : null);
        if (d != null && !Files.isRegularFile(d)) {
            spec.commandLine().getErr().println("archsim: no such design file: " + d);
            return ExitCodes.BAD_INPUT;
        }
        BenchReport.print(spec.commandLine().getOut(), d, seconds, inFlight);
        return ExitCodes.OK;
    }
}
