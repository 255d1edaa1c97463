package org.archsim.sim.engine;

import java.util.Arrays;

/**
 * A single-threaded, passive discrete-event engine with a long clock in microseconds.
 *
 * <p>Passive: nothing runs until the owner calls {@link #runUntil(long)} (or {@link #step()}); the engine owns no thread
 * and never calls out except to registered {@link EventHandler}s. Events at equal time run in ascending priority, then
 * in the order they were scheduled (see {@link EventQueue}), so the same handlers fed the same random numbers produce the
 * same run.
 *
 * <pre>{@code
 * Engine engine = new Engine();
 * int tick = engine.register((e, type, a, b) -> e.scheduleAfter(1_000, 0, type, a + 1, b));
 * engine.schedule(0, 0, tick, 0, 0, 0);
 * engine.runUntil(10_000); // 11 events: t = 0, 1 ms, ..., 10 ms
 * }</pre>
 */
public final class Engine {
    /** Largest representable time; events are never scheduled at or after it by convention ("never"). */
    public static final long NEVER = Long.MAX_VALUE;

    private final EventQueue queue;
    private EventHandler[] handlers = new EventHandler[8];
    private int handlerCount;
    private long now;
    private long eventCount;
    private boolean stopRequested;

    /** Creates an engine at time 0 whose queue starts with room for {@code initialEvents} events. */
    public Engine(int initialEvents) {
        this.queue = new EventQueue(initialEvents);
    }

    /** Creates an engine at time 0 with a default queue size. */
    public Engine() {
        this(1024);
    }

    /** Registers a handler and returns its id, to be passed to {@code schedule}. Ids are 0, 1, 2, ... in order. */
    public int register(EventHandler handler) {
        if (handler == null) {
            throw new IllegalArgumentException("handler is null");
        }
        if (handlerCount == handlers.length) {
            handlers = Arrays.copyOf(handlers, handlerCount * 2);
        }
        handlers[handlerCount] = handler;
        return handlerCount++;
    }

    /**
     * Schedules an event.
     *
     * @param timeUs   absolute time in microseconds, not before {@link #now()}
     * @param priority lower runs first among events at the same time
     * @param handler  id from {@link #register(EventHandler)}
     * @param type     passed back to the handler
     * @param a        passed back to the handler
     * @param b        passed back to the handler
     * @return the event's sequence number
     * @throws IllegalArgumentException if the time is in the past or the handler id is unknown
     */
    public long schedule(long timeUs, int priority, int handler, int type, int a, int b) {
        if (timeUs < now) {
            throw new IllegalArgumentException("cannot schedule at " + timeUs + " us before now " + now + " us");
        }
        if (handler < 0 || handler >= handlerCount) {
            throw new IllegalArgumentException("unknown handler id " + handler);
        }
        return queue.add(timeUs, priority, handler, type, a, b);
    }

    /** Schedules an event {@code delayUs} (≥ 0) microseconds from now; see {@link #schedule}. */
    public long scheduleAfter(long delayUs, int priority, int handler, int type, int a, int b) {
        if (delayUs < 0) {
            throw new IllegalArgumentException("negative delay " + delayUs + " us");
        }
        return schedule(now + delayUs, priority, handler, type, a, b);
    }

    /**
     * Runs every event whose time is at most {@code endUs}, in order, then advances the clock to {@code endUs}. Returns
     * early, leaving the clock at the last event's time, when a handler calls {@link #stop()}.
     *
     * @return the number of events run by this call
     * @throws IllegalArgumentException if {@code endUs} is before {@link #now()}
     */
    public long runUntil(long endUs) {
        if (endUs < now) {
            throw new IllegalArgumentException("cannot run back to " + endUs + " us from " + now + " us");
        }
        stopRequested = false;
        final EventQueue q = queue;
        final long before = eventCount;
        while (!q.isEmpty() && q.peekTime() <= endUs) {
            dispatchNext(q);
            if (stopRequested) {
                return eventCount - before;
            }
        }
        now = endUs;
        return eventCount - before;
    }

    /**
     * Runs the single next event, if any.
     *
     * @return false when the queue was empty
     */
    public boolean step() {
        if (queue.isEmpty()) {
            return false;
        }
        dispatchNext(queue);
        return true;
    }

    private void dispatchNext(EventQueue q) {
        q.poll();
        now = q.polledTime();
        eventCount++;
        handlers[q.polledHandler()].handle(this, q.polledType(), q.polledA(), q.polledB());
    }

    /** Asks the current {@link #runUntil(long)} to return after the event being handled. */
    public void stop() {
        stopRequested = true;
    }

    /** Current simulated time in microseconds. */
    public long now() {
        return now;
    }

    /** Total number of events run since construction. */
    public long eventCount() {
        return eventCount;
    }

    /** Number of events waiting. */
    public int pendingEvents() {
        return queue.size();
    }

    /** Time of the next event, or {@link #NEVER} if none is waiting. */
    public long nextEventTime() {
        return queue.peekTime();
    }

    /** Number of registered handlers. */
    public int handlerCount() {
        return handlerCount;
    }
}
