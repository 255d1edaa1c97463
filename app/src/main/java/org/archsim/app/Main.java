package org.archsim.app;

import java.util.Set;
import org.archsim.app.cli.ArchSimCommand;
import picocli.CommandLine;

/**
 * Entry point of {@code archsim.jar}. With no argument, or with only a design file, it opens the app window; with a
 * subcommand it runs headless and exits with 0 (ok), 1 (a check failed) or 2 (bad input).
 *
 * <p>Deliberately not a JavaFX {@code Application}: launching through a plain class lets the runnable jar start
 * JavaFX from the class path.
 */
public final class Main {

    /** Held so the filter below stays installed: JUL keeps loggers only weakly. */
    private static java.util.logging.Logger javafxLogger;

    private Main() {
    }

    public static void main(String[] args) {
        StartupTiming.markRelaunched();
        StartupTiming.mark("main");
        if (opensWindow(args)) {
            if (Relaunch.handOver(args)) {
                return;
            }
            StartupTiming.mark("launch");
            quietClassPathWarning();
            Preload.start(args);
            ArchSimApp.launchWith(args);
            return;
        }
        System.exit(run(args));
    }

    /**
     * Drops the one warning JavaFX logs when it runs from the class path ("Unsupported JavaFX configuration"): the
     * runnable jar bundles JavaFX that way on purpose, and the line only alarms users. Every other JavaFX message
     * (CSS, layout, …) is still logged.
     */
    static void quietClassPathWarning() {
        javafxLogger = java.util.logging.Logger.getLogger("javafx");
        javafxLogger.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /** Runs a headless command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return ArchSimCommand.commandLine().execute(args);
    }

    /** The window opens for no argument or for a single path that is not a subcommand or an option. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        // A path with a dot or a separator can be no subcommand name: open the window without building the command
        // line, whose classes cost a few hundred milliseconds of startup.
        if (args.length == 1 && !args[0].startsWith("-")
                && (args[0].indexOf('.') >= 0 || args[0].indexOf('/') >= 0 || args[0].indexOf('\\') >= 0)) {
            return true;
        }
        Set<String> subcommands = ArchSimCommand.commandLine().getSubcommands().keySet();
        return args.length == 1 && !args[0].startsWith("-") && !subcommands.contains(args[0]);
    }
}
