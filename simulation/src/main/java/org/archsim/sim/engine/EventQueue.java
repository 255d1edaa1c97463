package org.archsim.sim.engine;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A priority queue of events stored in primitive arrays: no object is allocated per event once the queue has grown to
 * its working size.
 *
 * <p><b>Order contract.</b> Events leave in ascending {@code time}; equal times leave in ascending {@code priority}; equal
 * (time, priority) leave in insertion order, because every insertion gets the next value of a sequence counter. The order
 * is therefore total and independent of heap shape, which makes runs reproducible.
 *
 * <p><b>Layout.</b> A 4-ary heap holds (time, tie key, slot) triples; the tie key packs the priority and the sequence
 * number into one long ({@code (priority + 2^15) << 47 | sequence}), so comparing two entries never reads the slot
 * arrays. The slot indexes parallel arrays with the event's handler, type and two int payloads. Priorities must lie in
 * [-32768, 32767]; the sequence may reach 2^47 (over a hundred trillion events). Removal is bottom-up: the hole at the
 * root walks down along the smaller children to a leaf and the last entry is sifted up from there, which needs about
 * half the comparisons of a classic sift-down because the last entry nearly always belongs near the bottom. Arrays
 * double when full. Removing an event returns its slot to a free stack; the removed event's fields stay readable
 * through the {@code polled*} accessors until the next {@link #poll()}.
 *
 * <p>Not thread-safe. Cancellation is not supported: handlers ignore stale events (for example by comparing a
 * generation number carried in a payload).
 */
public final class EventQueue {
    private static final int ARITY_SHIFT = 2; // 4 children per node
    private static final int SEQ_BITS = 47;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;
    private static final int PRIORITY_BIAS = 1 << 15;

    private long[] heapTime;
    private long[] heapKey;
    private int[] heapSlot;
    private int size;

    private long[] slotKey;
    private int[] slotHandler;
    private int[] slotType;
    private int[] slotA;
    private int[] slotB;
    private int[] freeSlots;
    private int freeTop;

    private long nextSequence;

    private long polledTime;
    private long polledKey;
    private int polledHandler;
    private int polledType;
    private int polledA;
    private int polledB;

    /** Creates an empty queue with room for {@code initialCapacity} events before it first grows. */
    public EventQueue(int initialCapacity) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException("initialCapacity must be >= 1: " + initialCapacity);
        }
        heapTime = new long[initialCapacity];
        heapKey = new long[initialCapacity];
        heapSlot = new int[initialCapacity];
        slotKey = new long[initialCapacity];
        slotHandler = new int[initialCapacity];
        slotType = new int[initialCapacity];
        slotA = new int[initialCapacity];
        slotB = new int[initialCapacity];
        freeSlots = new int[initialCapacity];
        fillFree(0, initialCapacity);
    }

    /** Creates an empty queue with a small default capacity. */
    public EventQueue() {
        this(256);
    }

    /**
     * Adds an event and returns its sequence number (unique, increasing).
     *
     * @param time     event time (any long; the engine uses microseconds)
     * @param priority tie-breaker at equal time: lower runs first; within [-32768, 32767]
     * @param handler  handler id (opaque to the queue)
     * @param type     event type (opaque to the queue)
     * @param a        first payload
     * @param b        second payload
     * @throws IllegalArgumentException if the priority is out of range
     */
    public long add(long time, int priority, int handler, int type, int a, int b) {
        int slot = fill(priority, handler, type, a, b);
        siftUp(size++, time, slotKey[slot], slot);
        return slotKey[slot] & SEQ_MASK;
    }

    /** Takes a free slot and stores the event's payload and tie key in it. */
    private int fill(int priority, int handler, int type, int a, int b) {
        int biased = priority + PRIORITY_BIAS;
        if ((biased & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("priority out of [-32768, 32767]: " + priority);
        }
        if (freeTop == 0) {
            grow();
        }
        int slot = freeSlots[--freeTop];
        long seq = nextSequence++;
        if (seq > SEQ_MASK) {
            throw new IllegalStateException("event sequence exhausted");
        }
        slotKey[slot] = ((long) biased << SEQ_BITS) | seq;
        slotHandler[slot] = handler;
        slotType[slot] = type;
        slotA[slot] = a;
        slotB[slot] = b;
        return slot;
    }

    /** Number of events waiting. */
    public int size() {
        return size;
    }

    /** True when no event is waiting. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the first event; {@link Long#MAX_VALUE} when empty. */
    public long peekTime() {
        return size == 0 ? Long.MAX_VALUE : heapTime[0];
    }

    /**
     * Removes the first event; its fields are then available from the {@code polled*} accessors.
     *
     * @throws NoSuchElementException when the queue is empty
     */
    public void poll() {
        if (size == 0) {
            throw new NoSuchElementException("event queue is empty");
        }
        int slot = heapSlot[0];
        polledTime = heapTime[0];
        polledKey = heapKey[0];
        polledHandler = slotHandler[slot];
        polledType = slotType[slot];
        polledA = slotA[slot];
        polledB = slotB[slot];
        freeSlots[freeTop++] = slot;
        int last = --size;
        if (last > 0) {
            replaceRoot(last, heapTime[last], heapKey[last], heapSlot[last]);
        }
    }

    /** Time of the event most recently removed by {@link #poll()}. */
    public long polledTime() {
        return polledTime;
    }

    /** Priority of the event most recently removed. */
    public int polledPriority() {
        return (int) (polledKey >>> SEQ_BITS) - PRIORITY_BIAS;
    }

    /** Sequence number of the event most recently removed. */
    public long polledSequence() {
        return polledKey & SEQ_MASK;
    }

    /** Handler id of the event most recently removed. */
    public int polledHandler() {
        return polledHandler;
    }

    /** Type of the event most recently removed. */
    public int polledType() {
        return polledType;
    }

    /** First payload of the event most recently removed. */
    public int polledA() {
        return polledA;
    }

    /** Second payload of the event most recently removed. */
    public int polledB() {
        return polledB;
    }

    /** Number of events the arrays can hold before they grow again. */
    public int capacity() {
        return heapTime.length;
    }

    /** Removes every event. The sequence counter keeps counting, so order stays defined across a clear. */
    public void clear() {
        size = 0;
        fillFree(0, heapTime.length);
    }

    private void fillFree(int from, int to) {
        // Highest slot at the bottom of the stack so that slot 0 is handed out first (reproducible, cache-friendly).
        freeTop = 0;
        for (int s = to - 1; s >= from; s--) {
            freeSlots[freeTop++] = s;
        }
    }

    private void siftUp(int hole, long time, long key, int slot) {
        final long[] ht = heapTime;
        final long[] hk = heapKey;
        final int[] hs = heapSlot;
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
        final long[] ht = heapTime;
        final long[] hk = heapKey;
        final int[] hs = heapSlot;
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

    private void grow() {
        int old = heapTime.length;
        int cap = old * 2;
        if (cap < 0) {
            throw new IllegalStateException("event queue cannot grow beyond " + old);
        }
        heapTime = Arrays.copyOf(heapTime, cap); // the heap never holds more entries than there are slots
        heapKey = Arrays.copyOf(heapKey, cap);
        heapSlot = Arrays.copyOf(heapSlot, cap);
        slotKey = Arrays.copyOf(slotKey, cap);
        slotHandler = Arrays.copyOf(slotHandler, cap);
        slotType = Arrays.copyOf(slotType, cap);
        slotA = Arrays.copyOf(slotA, cap);
        slotB = Arrays.copyOf(slotB, cap);
        freeSlots = Arrays.copyOf(freeSlots, cap);
        // Slots run out when it grows, so the free stack is empty: push the new slots.
        for (int s = cap - 1; s >= old; s--) {
            freeSlots[freeTop++] = s;
        }
    }
}
