package org.archsim.sim.engine;

/**
 * Receives the events scheduled for it on an {@link Engine}.
 *
 * <p>Dispatch is by int: the engine hands back the {@code type}, {@code a} and {@code b} given to
 * {@link Engine#schedule(long, int, int, int, int, int)}, so a handler switches on {@code type} and treats {@code a} and
 * {@code b} as handles or indices of its own. Nothing is boxed or allocated per event.
 *
 * <p>When {@code handle} runs, {@link Engine#now()} is the event's time. A handler may schedule further events (at
 * {@code now()} or later) and may call {@link Engine#stop()}. An exception thrown here propagates out of
 * {@link Engine#runUntil(long)}; the event that threw counts as processed.
 */
@FunctionalInterface
public interface EventHandler {
    /**
     * Handles one event.
     *
     * @param engine the engine running the event
     * @param type   the event type given when it was scheduled
     * @param a      first payload
     * @param b      second payload
     */
    void handle(Engine engine, int type, int a, int b);
}
