package org.archsim.app.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs work on the FX thread from another thread and waits for its result (benchmarks and tests). */
public final class FxCall {

    private FxCall() {
    }

    /**
     * Runs {@code work} on the FX thread and returns what it returned, or throws what it threw (an exception as it is,
     * an error wrapped in an {@link ExecutionException}); waits at most 30 s. Never call it from the FX thread.
     */
    public static <T> T get(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
