package org.archsim.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The startup clock behind {@code -Darchsim.startupTiming=true}: milestones in milliseconds since the JVM started (as
 * the JVM reports its own start), printed on one line when the first frame is shown, so a slow phase stands out.
 * With {@code -Darchsim.startupTiming=exit} the app also quits once the design is open, which makes repeated measurements (and
 * recording a class-data archive) scriptable. Costs nothing when the property is absent.
 */
final class StartupTiming {

    private static final String MODE = System.getProperty("archsim.startupTiming", "");
    private static final List<String> MARKS = new ArrayList<>();

    private StartupTiming() {
    }

    static boolean enabled() {
        return MODE.equalsIgnoreCase("true") || exitAfter();
    }

    static boolean exitAfter() {
        return MODE.equalsIgnoreCase("exit");
    }

    /** Records that {@code what} has been reached now. */
    static synchronized void mark(String what) {
        if (enabled()) {
            MARKS.add(what + " " + sinceJvmStart());
        }
    }

    /** Prints the first-frame figure and the milestones before it. */
    static synchronized void firstFrame() {
        System.out.println("startup: first frame after " + sinceJvmStart() + " ms  (" + String.join(", ", MARKS)
                + ")");
    }

    /** Prints when the design given on the command line is open and fitted (it is read after the first frame). */
    static synchronized void designOpen() {
        System.out.println("startup: design open after " + sinceJvmStart() + " ms");
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
