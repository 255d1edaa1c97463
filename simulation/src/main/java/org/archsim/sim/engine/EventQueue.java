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
 * <p><b>Layout.</b> A 4-ary heap holds (time, slot) pairs; the slot indexes parallel arrays with the event's priority,
 * sequence, handler, type and two int payloads. Sifting moves only the heap pair; the slot arrays are read for ties.
 * Arrays double when full. Removing an event returns its slot to a free stack; the removed event's fields stay readable
 * through the {@code polled*} accessors until the next {@link #poll()}.
 *
 * <p>Not thread-safe. Cancellation is not supported: handlers ignore stale events (for example by comparing a
 * generation number carried in a payload).
 */
public final class EventQueue {
    private static final int ARITY_SHIFT = 2; // 4 children per node

    private long[] heapTime;
    private int[] heapSlot;
    private int size;

    private int[] slotPriority;
    private long[] slotSequence;
    private int[] slotHandler;
    private int[] slotType;
    private int[] slotA;
    private int[] slotB;
    private int[] freeSlots;
    private int freeTop;

    private long nextSequence;

    private long polledTime;
    private int polledPriority;
    private long polledSequence;
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
        heapSlot = new int[initialCapacity];
        slotPriority = new int[initialCapacity];
        slotSequence = new long[initialCapacity];
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
     * @param priority tie-breaker at equal time: lower runs first
     * @param handler  handler id (opaque to the queue)
     * @param type     event type (opaque to the queue)
     * @param a        first payload
     * @param b        second payload
     */
    public long add(long time, int priority, int handler, int type, int a, int b) {
        if (size == heapTime.length) {
            grow();
        }
        int slot = freeSlots[--freeTop];
        long seq = nextSequence++;
        slotPriority[slot] = priority;
        slotSequence[slot] = seq;
        slotHandler[slot] = handler;
        slotType[slot] = type;
        slotA[slot] = a;
        slotB[slot] = b;
        siftUp(size++, time, slot);
        return seq;
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
        polledPriority = slotPriority[slot];
        polledSequence = slotSequence[slot];
        polledHandler = slotHandler[slot];
        polledType = slotType[slot];
        polledA = slotA[slot];
        polledB = slotB[slot];
        freeSlots[freeTop++] = slot;
        int last = --size;
        if (last > 0) {
            siftDown(0, heapTime[last], heapSlot[last], last);
        }
    }

    /** Time of the event most recently removed by {@link #poll()}. */
    public long polledTime() {
        return polledTime;
    }

    /** Priority of the event most recently removed. */
    public int polledPriority() {
        return polledPriority;
    }

    /** Sequence number of the event most recently removed. */
    public long polledSequence() {
        return polledSequence;
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

    /** True when (t1, s1) must leave before (t2, s2). */
    private boolean before(long t1, int s1, long t2, int s2) {
        if (t1 != t2) {
            return t1 < t2;
        }
        int p1 = slotPriority[s1];
        int p2 = slotPriority[s2];
        if (p1 != p2) {
            return p1 < p2;
        }
        return slotSequence[s1] < slotSequence[s2];
    }

    private void siftUp(int hole, long time, int slot) {
        while (hole > 0) {
            int parent = (hole - 1) >>> ARITY_SHIFT;
            long pt = heapTime[parent];
            int ps = heapSlot[parent];
            if (!before(time, slot, pt, ps)) {
                break;
            }
            heapTime[hole] = pt;
            heapSlot[hole] = ps;
            hole = parent;
        }
        heapTime[hole] = time;
        heapSlot[hole] = slot;
    }

    private void siftDown(int hole, long time, int slot, int n) {
        while (true) {
            int first = (hole << ARITY_SHIFT) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = heapTime[first];
            int bs = heapSlot[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ct = heapTime[c];
                int cs = heapSlot[c];
                if (before(ct, cs, bt, bs)) {
                    best = c;
                    bt = ct;
                    bs = cs;
                }
            }
            if (!before(bt, bs, time, slot)) {
                break;
            }
            heapTime[hole] = bt;
            heapSlot[hole] = bs;
            hole = best;
        }
        heapTime[hole] = time;
        heapSlot[hole] = slot;
    }

    private void grow() {
        int old = heapTime.length;
        int cap = old * 2;
        if (cap < 0) {
            throw new IllegalStateException("event queue cannot grow beyond " + old);
        }
        heapTime = Arrays.copyOf(heapTime, cap);
        heapSlot = Arrays.copyOf(heapSlot, cap);
        slotPriority = Arrays.copyOf(slotPriority, cap);
        slotSequence = Arrays.copyOf(slotSequence, cap);
        slotHandler = Arrays.copyOf(slotHandler, cap);
        slotType = Arrays.copyOf(slotType, cap);
        slotA = Arrays.copyOf(slotA, cap);
        slotB = Arrays.copyOf(slotB, cap);
        freeSlots = Arrays.copyOf(freeSlots, cap);
        // The queue is full when it grows, so the free stack is empty: push the new slots.
        for (int s = cap - 1; s >= old; s--) {
            freeSlots[freeTop++] = s;
        }
    }
}
