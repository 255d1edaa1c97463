package org.archsim.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.archsim.app.run.FrameStats;
import org.archsim.app.run.RenderBench;
import org.archsim.app.run.WindowRenderBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench render [--frames N] [--parts P] [--marks M] [--state-every K]}: times frames of the app's live layer
 * (parts, links, their live state and moving marks) with JavaFX's software pipeline and prints p50/p99 frame times,
 * and how the state thread kept up. Needs a display (or a virtual one).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Time live-view frames (software pipeline): p50 and p99 frame time.")
public final class RenderBenchCommand implements Callable<Integer> {

    @Option(names = "--frames", defaultValue = "300", description = "Frames to time. Default: ${DEFAULT-VALUE}.")
    int frames;

    @Option(names = "--parts", defaultValue = "200", description = "Parts drawn. Default: ${DEFAULT-VALUE}.")
    int parts;

    @Option(names = "--marks", defaultValue = "5000", description = "Moving marks drawn. Default: ${DEFAULT-VALUE}.")
    int marks;

    @Option(names = "--state-every", defaultValue = "6",
            description = "Frames per run snapshot, each with new rates, figures and health for every part (6: a live"
                    + " run's ten snapshots a second at 60 fps). Default: ${DEFAULT-VALUE}.")
    int stateEvery;

    @Option(names = "--window", description = "Also time frames in a real window (pulse start to the frame shown), for"
            + " this many seconds after 3 s of warm-up; 0 leaves it out. Default: ${DEFAULT-VALUE}.",
            defaultValue = "0")
    double windowSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (frames < 1 || parts < 2 || marks < 0 || stateEvery < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--frames and --state-every must be at least 1, --parts at least 2, --marks at least 0");
        }
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<RenderBench.Result> out = new CompletableFuture<>();
        CompletableFuture<RenderBench.Result> base = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                out.complete(RenderBench.run(parts, marks, frames, 1600, 1000, stateEvery));
                base.complete(RenderBench.readbackOnly(frames, 1600, 1000));
            } catch (Throwable t) {
                out.completeExceptionally(t);
                base.completeExceptionally(t);
            }
        });
        RenderBench.Result r = out.get();
        RenderBench.Result b = base.get();
        WindowRenderBench.Result w = windowSeconds > 0
                ? WindowRenderBench.run(parts, marks, 1600, 1000, 3, windowSeconds) : null;
        Platform.exit();
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "render (software pipeline, %dx%d, %d parts, %.0f marks drawn per frame, %d frames at 60 fps, a snapshot"
                        + " every %d frames): p50 %.2f ms, p99 %.2f ms%s",
                r.width(), r.height(), r.parts(), r.marks(), r.frameMs().length, stateEvery, r.percentile(50),
                r.percentile(99), r.percentile(99) <= 16.7 ? " (within 16.7 ms)" : " (over 16.7 ms)"));
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "  of which the readback of an empty frame: p50 %.2f ms, p99 %.2f ms", b.percentile(50),
                b.percentile(99)));
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "  state thread (beside the frames): %d of %d state scenes drawn (the newest wins), each in p50 %.1f ms,"
                        + " max %.1f ms", r.statesDrawn(), r.statesAsked(), r.statePercentile(50),
                r.statePercentile(100)));
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "  taking a snapshot (FX thread, between frames): p50 %.2f ms, max %.2f ms",
                FrameStats.percentile(r.deliverMs(), 50), FrameStats.percentile(r.deliverMs(), 100)));
        if (w != null) {
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "in a window (%d frames, %.1f fps, %d intervals over 25 ms): pulse start to frame shown p50 %.2f ms,"
                            + " p99 %.2f ms%s", w.frames(), w.fps(), w.late(), w.percentile(50), w.percentile(99),
                    w.percentile(99) <= 16.7 ? " (within 16.7 ms)" : " (over 16.7 ms)"));
        }
        return ExitCodes.OK;
    }
}
