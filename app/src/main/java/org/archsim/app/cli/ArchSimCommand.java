package org.archsim.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code archsim} command: a holder for the headless subcommands. */
@Command(name = "archsim", mixinStandardHelpOptions = true, version = "ArchSim 0.1.0",
        description = "Design, simulate and learn system architectures. Without a subcommand the app window opens.",
        subcommands = {ValidateCommand.class, SimulateCommand.class, ExportCommand.class, CheckPackCommand.class,
                BenchCommand.class, PracticeCommand.class, CommandLine.HelpCommand.class})
public final class ArchSimCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A configured command line: bad usage exits 2, failures inside a command print their message, not a trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ArchSimCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("archsim: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
