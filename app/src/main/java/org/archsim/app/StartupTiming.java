package org.archsim.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The startup clock behind {@code -Darchsim.startupTiming=true}: milestones in milliseconds since the JVM started (as
 * the JVM reports its own start), printed on one line when the render thread has drawn the window's first frame, so a
 * slow phase stands out.
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

    /** Records that {@code what} has been reached now. */
    static synchronized void mark(String what) {
        if (enabled()) {
            MARKS.add(what + " " + sinceJvmStart());
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
        System.out.println("startup: first frame after " + sinceJvmStart() + " ms  (" + String.join(", ", MARKS)
                + ")");
        exitWhenDone();
    }

    /** Prints when the design given on the command line is open and fitted (it is read after the first frame). */
    static synchronized void designOpen() {
        designOpen = true;
        System.out.println("startup: design open after " + sinceJvmStart() + " ms");
        exitWhenDone();
    }

    private static void exitWhenDone() {
        if (exitAfter() && frameShown && designOpen) {
            Platform.runLater(Platform::exit);
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
