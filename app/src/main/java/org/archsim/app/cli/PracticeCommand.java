package org.archsim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.archsim.app.practice.PracticeExport;
import org.archsim.app.practice.io.ScorecardJson;
import org.archsim.app.practice.io.WorksheetFile;
import org.archsim.lessons.goal.Fmt;
import org.archsim.lessons.io.PracticeLoader;
import org.archsim.lessons.practice.Grader;
import org.archsim.lessons.practice.PracticeProblem;
import org.archsim.lessons.practice.ScoreRow;
import org.archsim.lessons.practice.Scorecard;
import org.archsim.lessons.practice.Worksheet;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code practice list} and {@code practice grade PROBLEM DESIGN}: interview problems from the command line. Grading
 * runs the problem's load and faults on the design and prints the scorecard; exits 0 when every criterion is met,
 * 1 when one is not, 2 for bad input (located errors on stderr).
 */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = "Interview practice problems: list them, or grade a design against one.",
        subcommands = {PracticeCommand.ListProblems.class, PracticeCommand.Grade.class})
public final class PracticeCommand implements Runnable {

    static final Path DEFAULT_DIR = Path.of("assets", "practice");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code practice list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the practice problems.")
    static final class ListProblems implements Callable<Integer> {

        @Option(names = "--problems", paramLabel = "DIR", description = "Folder of *.practice.json (default assets/practice).")
        Path dir = DEFAULT_DIR;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                for (PracticeProblem p : PracticeLoader.loadFolder(dir)) {
                    out.printf("%-20s %-36s peak %s rps, p99 ≤ %s, %d fault(s)%n", p.id(), p.title(),
                            Fmt.num(Math.round(p.numbers().peakRps())), Fmt.ms(p.targets().p99Ms()),
                            p.scenario().faults().size());
                }
                out.flush();
                return ExitCodes.OK;
            } catch (FormatException e) {
                e.problems().forEach(err::println);
            } catch (IOException e) {
                err.println(dir + ": cannot read the problems: " + e.getMessage());
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    /** {@code practice grade PROBLEM DESIGN}. */
    @Command(name = "grade", mixinStandardHelpOptions = true,
            description = "Run the problem's load and faults on a design and print the scorecard.")
    static final class Grade implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PROBLEM", description = "A problem id, or a *.practice.json file.")
        String problem;

        @Parameters(index = "1", paramLabel = "DESIGN", description = "The design file to grade.")
        Path design;

        @Option(names = "--problems", paramLabel = "DIR", description = "Folder of *.practice.json (default assets/practice).")
        Path dir = DEFAULT_DIR;

        @Option(names = "--worksheet", paramLabel = "FILE", description = "Estimates as JSON (averageRps, peakRps, "
                + "storagePerDayGb, egressMBps, servers).")
        Path worksheet;

        @Option(names = "--json", description = "Print the scorecard as JSON.")
        boolean json;

        @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the scorecard as Markdown.")
        Path markdown;

        @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the scorecard as PDF.")
        Path pdf;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PracticeProblem p;
            Design d;
            Worksheet w = null;
            try {
                p = find(problem, dir);
                if (p == null) {
                    err.println("archsim practice: no problem \"" + problem + "\" in " + dir
                            + " (see practice list)");
                    err.flush();
                    return ExitCodes.BAD_INPUT;
                }
                d = DesignCodec.read(design);
                if (worksheet != null) {
                    w = WorksheetFile.read(worksheet);
                }
            } catch (FormatException e) {
                e.problems().forEach(err::println);
                err.flush();
                return ExitCodes.BAD_INPUT;
            } catch (NoSuchFileException e) {
                err.println(e.getFile() + ": no such file");
                err.flush();
                return ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                err.println("archsim practice: " + e.getMessage());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            Scorecard card = Grader.grade(p, d, w);
            try {
                if (markdown != null) {
                    Files.writeString(markdown, PracticeExport.markdown(card, d), StandardCharsets.UTF_8);
                }
                if (pdf != null) {
                    Files.write(pdf, PracticeExport.pdf(card, d));
                }
            } catch (IOException e) {
                err.println("archsim practice: cannot write: " + e.getMessage());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            if (json) {
                out.println(ScorecardJson.write(card));
            } else {
                out.println(card.summary());
                for (ScoreRow r : card.rows()) {
                    out.println((r.passed() ? "  pass  " : "  FAIL  ") + r.criterion() + ": " + r.evidence());
                }
            }
            out.flush();
            return card.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }

    /** The problem named by id in {@code dir}, or read from the file {@code ref}; {@code null} when not found. */
    static PracticeProblem find(String ref, Path dir) throws IOException, FormatException {
        if (ref.endsWith(PracticeLoader.SUFFIX)) {
            return PracticeLoader.loadFile(Path.of(ref));
        }
        List<PracticeProblem> all = PracticeLoader.loadFolder(dir);
        return all.stream().filter(x -> x.id().equals(ref)).findFirst().orElse(null);
    }
}
