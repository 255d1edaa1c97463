package org.archsim.app.run;

import org.archsim.app.run.HopBatch;

/**
 * The moving marks, as a fixed-size ring of (wall start time, link, kind): a new batch of hops is spread over the
 * next frame interval in simulated-time order, and each mark travels its link in {@link #TRAVEL_MS}. When more than
 * {@code capacity} marks are alive the oldest are overwritten, so drawing cost is bounded.
 */
public final class MarkField {

    /** Wall time a mark takes to travel its link. */
    public static final double TRAVEL_MS = 450;

    private final double[] start;
    private final int[] link;
    private final byte[] kind;
    private int next;
    private int count;

    public MarkField(int capacity) {
        start = new double[capacity];
        link = new int[capacity];
        kind = new byte[capacity];
    }

    public int capacity() {
        return start.length;
    }

    /** Adds one mark starting at {@code startMs} (wall). */
    public void add(double startMs, int l, byte k) {
        start[next] = startMs;
        link[next] = l;
        kind[next] = k;
        next = (next + 1) % start.length;
        count = Math.min(count + 1, start.length);
    }

    /** Adds the hops of {@code b}, spread over {@code spreadMs} of wall time from {@code nowMs}. */
    public void addBatch(HopBatch b, double nowMs, double spreadMs) {
        double span = Math.max(1, b.toUs() - b.fromUs());
        for (int i = 0; i < b.size(); i++) {
            add(nowMs + (b.timeUs()[i] - b.fromUs()) / span * spreadMs, b.link()[i], b.kind()[i]);
        }
    }

    public void clear() {
        count = 0;
        next = 0;
    }

    /** Marks held (alive or waiting to start or finished but not yet overwritten). */
    public int count() {
        return count;
    }

    /** Visits every mark in flight at {@code nowMs} with its progress 0..1 along its link. */
    public void forEach(double nowMs, Visitor v) {
        for (int i = 0; i < count; i++) {
            double p = (nowMs - start[i]) / TRAVEL_MS;
            if (p >= 0 && p <= 1) {
                v.mark(link[i], kind[i], p);
            }
        }
    }

    /** Receives a mark in flight. */
    @FunctionalInterface
    public interface Visitor {
        void mark(int link, byte kind, double progress);
    }
}
