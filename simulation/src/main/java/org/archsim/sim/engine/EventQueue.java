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
 * <p><b>Near future.</b> Most events of a running design fall within a few tens of milliseconds of the clock, so
 * beside the heap there is a ring of time buckets ({@value #BUCKET_SHIFT}-bit µs width, {@value #BUCKETS} buckets)
 * starting at the bucket of the last polled time. An event whose time lies inside that window goes into its bucket's
 * list, kept sorted by (time, tie key), unless placing it would walk more than {@value #MAX_WALK} entries; every
 * other event goes into the heap. Polling takes the smaller (time, tie key) of the first non-empty bucket's head (found
 * through a bit map) and the heap's root, so the order contract above holds whichever structure an event sits in.
 *
 * <p>Not thread-safe. Cancellation is not supported: handlers ignore stale events (for example by comparing a
 * generation number carried in a payload).
 */
public final class EventQueue {
    private static final int SEQ_BITS = 47;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;
    private static final int PRIORITY_BIAS = 1 << 15;

    /** Events beyond the bucket ring (or too far down a bucket's list). */
    private final SlotHeap heap;

    private long[] slotKey;
    private int[] slotHandler;
    private int[] slotType;
    private int[] slotA;
    private int[] slotB;
    private int[] freeSlots;
    private int freeTop;

    private long nextSequence;

    private static final int BUCKET_SHIFT = 5;
    private static final int BUCKETS = 2048;
    private static final int BUCKET_MASK = BUCKETS - 1;
    private static final int WORDS = BUCKETS >>> 6;
    private static final int MAX_WALK = 8;

    private long[] slotTime;
    private int[] slotNext;
    private final int[] bucketHead = new int[BUCKETS];
    private final long[] bucketBits = new long[WORDS];
    /** Bucket number ({@code time >> BUCKET_SHIFT}) of the last polled time: the window's start. */
    private long baseBucket;
    /** Slot at the head of the first non-empty bucket, or -1 when every bucket is empty. */
    private int nearMin = -1;
    private int nearCount;

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
        heap = new SlotHeap(initialCapacity);
        slotKey = new long[initialCapacity];
        slotHandler = new int[initialCapacity];
        slotType = new int[initialCapacity];
        slotA = new int[initialCapacity];
        slotB = new int[initialCapacity];
        freeSlots = new int[initialCapacity];
        slotTime = new long[initialCapacity];
        slotNext = new int[initialCapacity];
        Arrays.fill(bucketHead, -1);
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
        long key = slotKey[slot];
        long rel = (time >> BUCKET_SHIFT) - baseBucket;
        if (rel < 0 || rel >= BUCKETS || !addNear(time, key, slot)) {
            heap.push(time, key, slot);
        }
        return key & SEQ_MASK;
    }

    /** Puts the event into its bucket's sorted list; false (nothing changed) if that would walk too far. */
    private boolean addNear(long time, long key, int slot) {
        final long[] st = slotTime;
        final long[] sk = slotKey;
        final int[] sn = slotNext;
        int b = (int) (time >> BUCKET_SHIFT) & BUCKET_MASK;
        int prev = -1;
        int cur = bucketHead[b];
        int walked = 0;
        while (cur >= 0) {
            long ct = st[cur];
            if (ct > time || (ct == time && sk[cur] > key)) {
                break;
            }
            if (++walked > MAX_WALK) {
                return false;
            }
            prev = cur;
            cur = sn[cur];
        }
        st[slot] = time;
        sn[slot] = cur;
        if (prev < 0) {
            bucketHead[b] = slot;
            bucketBits[b >>> 6] |= 1L << b;
            int m = nearMin;
            if (m < 0 || time < st[m] || (time == st[m] && key < sk[m])) {
                nearMin = slot;
            }
        } else {
            sn[prev] = slot;
        }
        nearCount++;
        return true;
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
        return heap.size() + nearCount;
    }

    /** True when no event is waiting. */
    public boolean isEmpty() {
        return heap.size() + nearCount == 0;
    }

    /** Time of the first event; {@link Long#MAX_VALUE} when empty. */
    public long peekTime() {
        long t = heap.size() == 0 ? Long.MAX_VALUE : heap.minTime();
        int m = nearMin;
        return m >= 0 && slotTime[m] < t ? slotTime[m] : t;
    }

    /**
     * Removes the first event; its fields are then available from the {@code polled*} accessors.
     *
     * @throws NoSuchElementException when the queue is empty
     */
    public void poll() {
        int m = nearMin;
        if (m >= 0) {
            long mt = slotTime[m];
            if (heap.size() == 0 || mt < heap.minTime() || (mt == heap.minTime() && slotKey[m] < heap.minKey())) {
                pollNear(m, mt);
                return;
            }
        } else if (heap.size() == 0) {
            throw new NoSuchElementException("event queue is empty");
        }
        int slot = heap.minSlot();
        polledTime = heap.minTime();
        polledKey = heap.minKey();
        polledHandler = slotHandler[slot];
        polledType = slotType[slot];
        polledA = slotA[slot];
        polledB = slotB[slot];
        freeSlots[freeTop++] = slot;
        heap.removeMin();
        baseBucket = polledTime >> BUCKET_SHIFT;
    }

    /** Removes the head {@code m} of the first non-empty bucket (the earliest bucketed event). */
    private void pollNear(int m, long time) {
        polledTime = time;
        polledKey = slotKey[m];
        polledHandler = slotHandler[m];
        polledType = slotType[m];
        polledA = slotA[m];
        polledB = slotB[m];
        freeSlots[freeTop++] = m;
        nearCount--;
        int b = (int) (time >> BUCKET_SHIFT) & BUCKET_MASK;
        int next = slotNext[m];
        bucketHead[b] = next;
        baseBucket = time >> BUCKET_SHIFT;
        if (next >= 0) {
            nearMin = next; // every earlier bucket is empty, so this bucket's new head is the earliest
            return;
        }
        bucketBits[b >>> 6] &= ~(1L << b);
        nearMin = nearCount == 0 ? -1 : bucketHead[firstBucketFrom(b)];
    }

    /** First non-empty bucket at or after {@code from}, going round the ring (at least one must be non-empty). */
    private int firstBucketFrom(int from) {
        final long[] bits = bucketBits;
        int w = from >>> 6;
        long word = bits[w] & (-1L << from);
        for (int i = 0; i <= WORDS; i++) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            w = (w + 1) & (WORDS - 1);
            word = bits[w];
        }
        throw new IllegalStateException("bucket bit map out of step");
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
        return slotKey.length;
    }

    /** Removes every event. The sequence counter keeps counting, so order stays defined across a clear. */
    public void clear() {
        heap.clear();
        nearCount = 0;
        nearMin = -1;
        Arrays.fill(bucketHead, -1);
        Arrays.fill(bucketBits, 0L);
        fillFree(0, slotKey.length);
    }

    private void fillFree(int from, int to) {
        // Highest slot at the bottom of the stack so that slot 0 is handed out first (reproducible, cache-friendly).
        freeTop = 0;
        for (int s = to - 1; s >= from; s--) {
            freeSlots[freeTop++] = s;
        }
    }

    private void grow() {
        int old = slotKey.length;
        int cap = old * 2;
        if (cap < 0) {
            throw new IllegalStateException("event queue cannot grow beyond " + old);
        }
        heap.grow(cap); // the heap never holds more entries than there are slots
        slotKey = Arrays.copyOf(slotKey, cap);
        slotHandler = Arrays.copyOf(slotHandler, cap);
        slotType = Arrays.copyOf(slotType, cap);
        slotA = Arrays.copyOf(slotA, cap);
        slotB = Arrays.copyOf(slotB, cap);
        freeSlots = Arrays.copyOf(freeSlots, cap);
        slotTime = Arrays.copyOf(slotTime, cap);
        slotNext = Arrays.copyOf(slotNext, cap);
        // Slots run out when it grows, so the free stack is empty: push the new slots.
        for (int s = cap - 1; s >= old; s--) {
            freeSlots[freeTop++] = s;
        }
    }
}
