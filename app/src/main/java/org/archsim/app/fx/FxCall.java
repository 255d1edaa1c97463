package org.archsim.app.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs work on the FX thread from another thread and waits for its result (benchmarks that drive a real window). */
public final class FxCall {

    private FxCall() {
    }

    /**
     * Runs {@code work} on the FX thread and returns what it returned, or throws what it threw (wrapped in an
     * {@link java.util.concurrent.ExecutionException}); waits at most 30 s. Never call it from the FX thread.
     */
    public static <T> T get(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
