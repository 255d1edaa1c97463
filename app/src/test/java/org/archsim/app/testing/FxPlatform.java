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

    /** Runs {@code work} on the FX thread and returns its result (its exception, if it throws), waiting at most 20 s. */
    public static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(work.call());
            } catch (Throwable t) {
                out.completeExceptionally(t);
            }
        });
        try {
            return out.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
