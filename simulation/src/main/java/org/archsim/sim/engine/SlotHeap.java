package org.archsim.sim.engine;

import java.util.Arrays;

/**
 * The far-future part of {@link EventQueue}: a 4-ary min-heap of (time, tie key, slot) on three parallel primitive
 * arrays, ordered by time then tie key (priority and sequence packed into one long by the queue). The queue owns the
 * event payloads; the heap holds only their slot numbers. Grows only when the queue's slot arrays grow.
 */
final class SlotHeap {

    private static final int ARITY_SHIFT = 2; // 4 children per node

    private long[] times;
    private long[] keys;
    private int[] slots;
    private int size;

    SlotHeap(int capacity) {
        times = new long[capacity];
        keys = new long[capacity];
        slots = new int[capacity];
    }

    int size() {
        return size;
    }

    /** Time of the first entry; only meaningful when {@link #size()} > 0. */
    long minTime() {
        return times[0];
    }

    /** Tie key of the first entry. */
    long minKey() {
        return keys[0];
    }

    /** Slot of the first entry. */
    int minSlot() {
        return slots[0];
    }

    /** Adds an entry. The caller guarantees room (the heap never holds more entries than the queue has slots). */
    void push(long time, long key, int slot) {
        siftUp(size++, time, key, slot);
    }

    /** Removes the first entry (the heap must not be empty). */
    void removeMin() {
        int last = --size;
        if (last > 0) {
            replaceRoot(last, times[last], keys[last], slots[last]);
        }
    }

    void clear() {
        size = 0;
    }

    /** Gives the arrays room for {@code capacity} entries. */
    void grow(int capacity) {
        times = Arrays.copyOf(times, capacity);
        keys = Arrays.copyOf(keys, capacity);
        slots = Arrays.copyOf(slots, capacity);
    }

    private void siftUp(int hole, long time, long key, int slot) {
        final long[] ht = times;
        final long[] hk = keys;
        final int[] hs = slots;
        while (hole > 0) {
            int parent = (hole - 1) >>> ARITY_SHIFT;
            long pt = ht[parent];
            long pk = hk[parent];
            if (pt < time || (pt == time && pk < key)) {
                break;
            }
            ht[hole] = pt;
            hk[hole] = pk;
            hs[hole] = hs[parent];
            hole = parent;
        }
        ht[hole] = time;
        hk[hole] = key;
        hs[hole] = slot;
    }

    /**
     * Fills the emptied root of a heap of {@code n} entries with (time, key, slot): the hole walks down the smaller
     * children to a leaf, then the entry rises from there.
     */
    private void replaceRoot(int n, long time, long key, int slot) {
        final long[] ht = times;
        final long[] hk = keys;
        final int[] hs = slots;
        int hole = 0;
        while (true) {
            int first = (hole << ARITY_SHIFT) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = ht[first];
            long bk = hk[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ct = ht[c];
                long ck = hk[c];
                // Non-short-circuit operators and selects: the winner among random times is unpredictable, and
                // conditional moves cost less than the branch mispredictions a classic comparison takes.
                boolean less = ct < bt | (ct == bt & ck < bk);
                best = less ? c : best;
                bt = less ? ct : bt;
                bk = less ? ck : bk;
            }
            ht[hole] = bt;
            hk[hole] = bk;
            hs[hole] = hs[best];
            hole = best;
        }
        siftUp(hole, time, key, slot);
    }
}
