package org.archsim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.check.CheckTable;
import org.archsim.lessons.check.LessonCheck;
import org.archsim.lessons.check.PackChecker;
import org.archsim.lessons.io.PackLoader;
import org.archsim.model.io.FormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check-pack PACK [--seeds N] [--threads N]}: loads a lesson pack (folder or zip) and checks that every lesson
 * teaches what it says — over N seeds the solution meets every goal, the start fails one, and the solution without
 * the taught concept fails one. Prints a table per lesson; exits 0 when every check holds, 1 when one does not, 2
 * for a broken pack (located errors on stderr). Shows progress on stderr when it is a terminal.
 */
@Command(name = "check-pack", mixinStandardHelpOptions = true,
        description = "Validate a lesson pack and replay its lessons: solutions must pass, starts and solutions "
                + "without the taught concept must fail.")
public final class CheckPackCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PACK", description = "Pack folder or .zip holding pack.json.")
    Path pack;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "10",
            description = "Seeds per design (at least 10; default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--threads", paramLabel = "N", description = "Simulation threads (default: available processors).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (seeds < PackChecker.MIN_SEEDS) {
            err.println("archsim check-pack: --seeds must be at least " + PackChecker.MIN_SEEDS + ", was " + seeds);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        LessonPack loaded;
        try {
            loaded = PackLoader.load(pack);
        } catch (FormatException e) {
            e.problems().forEach(err::println);
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println(pack + ": cannot read the pack (no such file or folder)");
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println(pack + ": cannot read the pack: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        boolean terminal = System.console() != null;
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        List<LessonCheck> checks = new PackChecker(seeds, n).check(loaded, p -> {
            if (terminal) {
                synchronized (err) {
                    err.printf(Locale.ROOT, "\rchecking %s: %d/%d runs (%s)\033[K", loaded.id(), p.done(), p.total(),
                            p.lessonId());
                    err.flush();
                }
            }
        });
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
        out.println(loaded.title() + " (" + loaded.id() + " " + loaded.version() + "): " + loaded.lessons().size()
                + " lessons, " + seeds + " seeds each");
        out.print(CheckTable.format(checks));
        out.printf(Locale.ROOT, "checked in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
        return checks.stream().allMatch(LessonCheck::passed) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
