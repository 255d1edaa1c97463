package org.archsim.sim.run;

import org.archsim.sim.engine.RequestTable;

/**
 * The pending call timeouts of one link, in a FIFO instead of one engine event per call.
 *
 * <p>Why: every call on a link has the same timeout, so deadlines are added in non-decreasing order and the earliest
 * is always at the head. One engine event per link (for the head's deadline) replaces one per call, which keeps the
 * event heap as small as the number of requests actually moving, and costs 16 bytes per pending timeout instead of a
 * heap slot. Entries whose call has already ended are skipped lazily, recognised by the handle's generation.
 */
final class LinkTimeouts {

    private int[] calls = new int[16];
    private int[] gens = new int[16];
    private long[] deadlines = new long[16];
    private int head;
    private int size;
    /** Whether an engine event is pending for the head's deadline. */
    boolean armed;

    /** Adds a deadline; returns true when the caller must schedule the link's timer (nothing was armed). */
    boolean add(int call, int gen, long deadlineUs) {
        if (size == calls.length) {
            grow();
        }
        int i = (head + size) & (calls.length - 1);
        calls[i] = call;
        gens[i] = gen;
        deadlines[i] = deadlineUs;
        size++;
        return !armed;
    }

    /** Drops ended calls from the head; returns the head's deadline, or -1 when none is pending. */
    long skipEnded(RequestTable t) {
        while (size > 0 && !t.isCurrent(calls[head], gens[head])) {
            pop();
        }
        return size > 0 ? deadlines[head] : -1;
    }

    /** The head's call when its deadline is at or before {@code nowUs} and it is still current; -1 otherwise. */
    int pollDue(RequestTable t, long nowUs) {
        while (size > 0 && deadlines[head] <= nowUs) {
            int call = calls[head];
            int gen = gens[head];
            pop();
            if (t.isCurrent(call, gen)) {
                return call;
            }
        }
        return -1;
    }

    int size() {
        return size;
    }

    private void pop() {
        head = (head + 1) & (calls.length - 1);
        size--;
    }

    private void grow() {
        int n = calls.length;
        int[] c = new int[n * 2];
        int[] g = new int[n * 2];
        long[] d = new long[n * 2];
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (n - 1);
            c[k] = calls[i];
            g[k] = gens[i];
            d[k] = deadlines[i];
        }
        calls = c;
        gens = g;
        deadlines = d;
        head = 0;
    }
}
