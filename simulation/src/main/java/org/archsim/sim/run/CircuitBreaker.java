package org.archsim.sim.run;

/**
 * A circuit breaker on one link: closed while the failure fraction over the last {@code window} calls stays below the
 * threshold; open (calls fail fast) for {@code openUs}; then half-open, when one trial call decides whether it closes
 * again or re-opens. Outcomes are kept in a ring of booleans, so recording allocates nothing.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final boolean[] failures;
    private final double threshold;
    private final long openUs;
    private int count;
    private int pos;
    private int failed;
    private State state = State.CLOSED;
    private long openedAt;
    private boolean trialInFlight;
    private long opens;

    CircuitBreaker(int window, double threshold, long openUs) {
        this.failures = new boolean[window];
        this.threshold = threshold;
        this.openUs = openUs;
    }

    /** Whether a call may go out at {@code now}; moves an open breaker to half-open when its time is up. */
    boolean allow(long now) {
        if (state == State.OPEN && now - openedAt >= openUs) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        if (state == State.HALF_OPEN) {
            if (trialInFlight) {
                return false;
            }
            trialInFlight = true;
            return true;
        }
        return state == State.CLOSED;
    }

    /** Records the outcome of a call that was allowed. */
    void record(long now, boolean ok) {
        if (state == State.HALF_OPEN) {
            trialInFlight = false;
            if (ok) {
                reset();
            } else {
                open(now);
            }
            return;
        }
        if (state == State.OPEN) {
            return;
        }
        if (count == failures.length) {
            if (failures[pos]) {
                failed--;
            }
        } else {
            count++;
        }
        failures[pos] = !ok;
        if (!ok) {
            failed++;
        }
        pos = (pos + 1) % failures.length;
        if (count == failures.length && failed >= threshold * count) {
            open(now);
        }
    }

    private void open(long now) {
        state = State.OPEN;
        openedAt = now;
        opens++;
    }

    private void reset() {
        state = State.CLOSED;
        count = 0;
        pos = 0;
        failed = 0;
        java.util.Arrays.fill(failures, false);
    }

    State state() {
        return state;
    }

    /** How many times the breaker has opened. */
    /** Whether calls are being refused right now (open, not yet half-open). */
    boolean isOpen(long now) {
        return state == State.OPEN && now - openedAt < openUs;
    }

    long opens() {
        return opens;
    }
}
