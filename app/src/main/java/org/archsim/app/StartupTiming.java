package org.archsim.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The startup clock behind {@code -Darchsim.startupTiming=true}: milestones in milliseconds since the launch (the
 * start of the JVM the user started, as that JVM reports it), printed on one line when the render thread has drawn the
 * window's first frame, so a slow phase stands out.
 * With {@code -Darchsim.startupTiming=exit} the app also quits once the design is open, which makes repeated measurements (and
 * recording a class-data archive) scriptable. Costs nothing when the property is absent.
 */
final class StartupTiming {

    private static final String MODE = System.getProperty("archsim.startupTiming", "");
    private static final List<String> MARKS = new ArrayList<>();
    private static boolean frameShown;
    private static boolean designOpen;

    private StartupTiming() {
    }

    static boolean enabled() {
        return MODE.equalsIgnoreCase("true") || exitAfter();
    }

    static boolean exitAfter() {
        return MODE.equalsIgnoreCase("exit");
    }

    /**
     * In a JVM started for the window by the launching one ({@link Relaunch}), records as milestone {@code jvm} when
     * this JVM started, so the launching JVM's share of the figure shows.
     */
    static synchronized void markRelaunched() {
        Long launchedAt = Long.getLong(Relaunch.LAUNCHED_AT);
        if (enabled() && launchedAt != null) {
            MARKS.add("jvm " + (jvmStart() - launchedAt));
        }
    }

    /** Records that {@code what} has been reached now. */
    static synchronized void mark(String what) {
        if (enabled()) {
            MARKS.add(what + " " + sinceLaunch());
        }
    }

    /**
     * Prints the first-frame figure once the render thread has finished drawing {@code scene}'s first frame (JavaFX's
     * own frame tracker reports it), then quits if asked to and the design is open too. Call before the first pulse.
     */
    static void watchFirstFrame(Scene scene) {
        if (!enabled()) {
            return;
        }
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            tracker.setOnRenderedFrameTask(null);
            firstFrame();
        });
    }

    private static synchronized void firstFrame() {
        if (frameShown) {
            return;
        }
        frameShown = true;
        System.out.println("startup: first frame after " + sinceLaunch() + " ms  (" + String.join(", ", MARKS)
                + ")");
        exitWhenDone();
    }

    /** Prints when the design given on the command line is open and fitted (it is read after the first frame). */
    static synchronized void designOpen() {
        designOpen = true;
        System.out.println("startup: design open after " + sinceLaunch() + " ms");
        exitWhenDone();
    }

    private static void exitWhenDone() {
        if (exitAfter() && frameShown && designOpen) {
            Platform.runLater(Platform::exit);
        }
    }

    /** When this JVM started (epoch ms), as the JVM reports it. */
    static long jvmStart() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Milliseconds since the launch: since this JVM started, or, in a JVM the launching one started for the window
     * ({@link Relaunch}), since the launching JVM started, so the figure covers both.
     */
    private static long sinceLaunch() {
        return System.currentTimeMillis() - Long.getLong(Relaunch.LAUNCHED_AT, jvmStart());
    }
}
