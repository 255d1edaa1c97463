package org.archsim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.archsim.app.run.FrameStats;
import org.archsim.app.run.FrameStats.Quantiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench live [--design FILE] [--load X] [--speed S] [--seconds N]}: opens the real app window on a design
 * (software pipeline), plays it at a load and speed that make the engine simulate many requests per second, and
 * reports, over {@code --seconds} of wall time after a warm-up, the requests simulated per wall second and how the
 * window kept up with a 60 Hz display. Needs a display (or a virtual one).
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = "Run the live view under load: simulated requests/s, frames, frame times, missed frames.")
public final class LiveBenchCommand implements Callable<Integer> {

    private static final Path DEFAULT_DESIGN = Path.of("assets", "examples", "microservices.archsim.json");

    @Option(names = "--design", paramLabel = "FILE",
            description = "Design to run (default: assets/examples/microservices.archsim.json).")
    Path design;

    @Option(names = "--load", defaultValue = "120",
            description = "Load multiplier on the clients' rates. Default: ${DEFAULT-VALUE}.")
    double load;

    @Option(names = "--speed", defaultValue = "1", description = "Simulated seconds per wall second. Default: ${DEFAULT-VALUE}.")
    double speed;

    @Option(names = "--seconds", defaultValue = "10", description = "Wall seconds measured. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Wall seconds before measuring. Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--crash", paramLabel = "PART", description = "Crash this part when measuring starts.")
    String crash;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path d = design != null ? design : DEFAULT_DESIGN;
        if (!Files.isRegularFile(d)) {
            spec.commandLine().getErr().println("archsim: no such design file: " + d);
            return ExitCodes.BAD_INPUT;
        }
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<LiveBench> opened = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                opened.complete(LiveBench.open(d, 1600, 1000));
            } catch (Throwable t) {
                opened.completeExceptionally(t);
            }
        });
        LiveBench bench = opened.get(60, TimeUnit.SECONDS);
        try {
            LiveBench.Result r = bench.run(load, speed, warmup, seconds, crash);
            print(spec.commandLine().getOut(), d, r);
        } finally {
            Platform.runLater(bench::close);
            Platform.exit();
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Path d, LiveBench.Result r) {
        out.println(String.format(Locale.ROOT,
                "live (software pipeline, 1600x1000 window, %s, load x%s, speed %sx, %.1f s measured%s):",
                d.getFileName(), trim(load), trim(speed), r.wallS(), crash == null ? "" : ", " + crash + " crashed"));
        out.println(String.format(Locale.ROOT,
                "  simulated: %.0f requests/s (wall), %.0f completed/s, %.2f simulated s per wall s",
                r.arrivalsPerS(), r.completedPerS(), r.simPerWall()));
        FrameStats.Summary p = r.pulses();
        out.println(String.format(Locale.ROOT, "  live-layer frames: %d (%.1f fps); interval %s; late (> %.1f ms) %d,"
                + " dropped 60 Hz ticks %d", p.frames(), p.fps(), ms(p.interval()), 1.5 * FrameStats.PERIOD_MS,
                p.late(), p.droppedTicks()));
        out.println("  live-layer paint (FX thread): " + ms(p.work()));
        FrameStats.Summary f = r.rendered();
        if (f != null) {
            out.println(String.format(Locale.ROOT, "  frames rendered: %d (%.1f fps); interval %s; late %d,"
                    + " dropped 60 Hz ticks %d", f.frames(), f.fps(), ms(f.interval()), f.late(), f.droppedTicks()));
        }
        ThreadCpu c = r.cpu();
        int frames = f != null ? f.frames() : p.frames();
        out.println(String.format(Locale.ROOT, "  CPU per frame: FX thread %.2f ms, renderer %.2f ms; share of one core:"
                + " FX %.0f %%, renderer %.0f %%, simulation %.0f %% (load average %.1f)", c.fxMs() / Math.max(1, frames),
                c.rendererMs() / Math.max(1, frames), 100 * c.fxMs() / c.wallMs(), 100 * c.rendererMs() / c.wallMs(),
                100 * c.engineMs() / c.wallMs(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        FrameStats.Summary shown = f != null ? f : p;
        double latePct = 100.0 * shown.late() / Math.max(1, shown.frames() - 1);
        out.println(String.format(Locale.ROOT, "  verdict: >= 100,000 simulated requests/s: %s; 60 frames/s (pulses%s"
                        + " >= 59/s): %s; evenly spaced (<= 1 %% of %s intervals over 25 ms): %s (%.1f %%)",
                yes(r.arrivalsPerS() >= 100_000), f != null ? " and rendered frames" : "",
                yes(p.fps() >= 59 && (f == null || f.fps() >= 59)), f != null ? "rendered-frame" : "pulse",
                yes(latePct <= 1), latePct));
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static String ms(Quantiles q) {
        return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", q.p50(), q.p95(),
                q.p99(), q.max());
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
