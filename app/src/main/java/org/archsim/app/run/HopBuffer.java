package org.archsim.app.run;

import org.archsim.sim.observe.HopKind;
import org.archsim.sim.observe.SimListener;

/**
 * Collects sampled hops on the run thread into a bounded buffer; {@link #drain} hands them over as a {@link HopBatch}
 * and starts a new buffer. Bounded: beyond {@code capacity} hops per interval only the per-link counts grow, so a
 * flood of messages costs memory of a fixed size and the animation draws a representative (the earliest) sample.
 */
final class HopBuffer implements SimListener {

    private final int capacity;
    private final int links;
    private final int everyK;
    private long[] time;
    private int[] link;
    private byte[] kind;
    private int[] perLink;
    private int size;
    private int dropped;
    private long fromUs;

    HopBuffer(int capacity, int links, int everyK, long fromUs) {
        this.capacity = capacity;
        this.links = links;
        this.everyK = everyK;
        this.fromUs = fromUs;
        fresh();
    }

    private void fresh() {
        time = new long[capacity];
        link = new int[capacity];
        kind = new byte[capacity];
        perLink = new int[links];
        size = 0;
        dropped = 0;
    }

    @Override
    public void hop(long timeUs, int fromPart, int toPart, int l, HopKind k, int requestId) {
        if (l >= 0 && l < links) {
            perLink[l]++;
        }
        if (size == capacity) {
            dropped++;
            return;
        }
        time[size] = timeUs;
        link[size] = l;
        kind[size] = (byte) k.ordinal();
        size++;
    }

    /** The hops since the last drain, up to simulated time {@code toUs}. */
    HopBatch drain(long toUs) {
        HopBatch b = new HopBatch(time, link, kind, size, dropped, perLink, fromUs, toUs, everyK);
        fromUs = toUs;
        fresh();
        return b;
    }
}
