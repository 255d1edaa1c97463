package org.archsim.app.cli;

/** The command line's exit codes, fixed by the public contract (FORMATS.md). */
public final class ExitCodes {

    /** Everything went well. */
    public static final int OK = 0;
    /** The input was fine but a check failed (a goal not met, a lesson pack that does not hold). */
    public static final int CHECK_FAILED = 1;
    /** Bad input: a file that cannot be read or parsed, an unknown option; the message says where. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
