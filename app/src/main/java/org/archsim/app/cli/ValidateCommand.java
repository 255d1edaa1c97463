package org.archsim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;
import org.archsim.model.rules.DesignRules;
import org.archsim.model.rules.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate DESIGN...}: reads each design file and prints its problems — format errors with file, line, column
 * and field, then design-rule errors and warnings. Exits 2 when any file has an error, else 0 (warnings do not fail).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check design files: format errors (with file:line:column) and design-rule problems.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DESIGN", description = "Design files (*.archsim.json).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean anyError = false;
        for (Path file : files) {
            anyError |= !validate(file, out, err);
        }
        out.flush();
        err.flush();
        return anyError ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** Prints one file's verdict; returns false when it has an error. */
    private static boolean validate(Path file, PrintWriter out, PrintWriter err) {
        Design design;
        try {
            design = DesignCodec.read(file);
        } catch (FormatException e) {
            err.println(file + ": invalid (" + plural(e.problems().size(), "error") + ")");
            for (FormatProblem p : e.problems()) {
                err.println("  " + p);
            }
            return false;
        } catch (java.io.IOException e) {
            err.println(file + ": cannot read the file (" + describe(e) + ")");
            return false;
        }
        List<Problem> problems = DesignRules.check(design);
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.size() - errors;
        PrintWriter to = errors > 0 ? err : out;
        to.println(file + ": " + (errors > 0 ? "invalid (" + plural(errors, "error") + ", " : "valid (")
                + plural(warnings, "warning") + ")");
        for (Problem p : problems) {
            String where = p.subjects().isEmpty() ? "" : String.join(", ", p.subjects()) + ": ";
            to.println("  " + p.severity().name().toLowerCase() + " [" + p.code() + "] " + where
                    + (p.field().isEmpty() ? "" : p.field() + ": ") + p.message());
        }
        return errors == 0;
    }

    private static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
