package org.archsim.app.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once for tests that draw without a Stage (headless Monocle in the build). */
public final class FxPlatform {

    private FxPlatform() {
    }

    /** Starts the toolkit if no test has yet, and waits until it runs (at most 20 s). */
    public static void start() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(20, TimeUnit.SECONDS);
    }

    /** Runs {@code work} on the FX thread and returns its result (its exception, if it throws), waiting at most 30 s. */
    public static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return org.archsim.app.fx.FxCall.get(work);
    }
}
