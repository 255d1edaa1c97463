package org.archsim.app.cli;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.scene.Scene;
import org.archsim.app.run.FrameStats;

/**
 * Counts the frames JavaFX's renderer finishes for a scene, through its internal scene performance tracker (the one
 * public way to learn that a frame reached the screen, rather than that a pulse ran). Benchmark use only; the class
 * is reachable because the app runs from the class path.
 */
final class RenderedFrames {

    private RenderedFrames() {
    }

    /** Records each rendered frame of {@code scene} into {@code into}; false if the tracker is not available. */
    static boolean track(Scene scene, FrameStats into) {
        try {
            PerformanceTracker t = PerformanceTracker.getSceneTracker(scene);
            t.setOnRenderedFrameTask(() -> into.record(System.nanoTime(), 0));
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** Stops recording. */
    static void untrack(Scene scene) {
        try {
            PerformanceTracker.releaseSceneTracker(scene);
        } catch (LinkageError | RuntimeException e) {
            // nothing was tracked
        }
    }
}
