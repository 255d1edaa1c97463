package org.archsim.sim.engine;

import java.util.Arrays;

/**
 * Primitive-array storage for in-flight requests (one array per field width, fields interleaved per handle), addressed by int handles, with a free list so handles are reused
 * and nothing is allocated per request once the table has grown to its working size.
 *
 * <p><b>Contract.</b> {@link #allocate(long)} returns a live handle with every field reset; {@link #release(int)} returns
 * it to the free list (releasing a handle that is not live throws). A handle may be reused after release; each
 * allocation increments the handle's {@link #generation(int)}, so an event that carries (handle, generation) can tell
 * that its request is gone. Field accessors do not check liveness (they sit on the hot path).
 *
 * <p><b>Footprint.</b> 50 bytes per handle: three longs (created, key, stamp), three ints (parent, next, generation),
 * five shorts (hop, origin, via, failAt, endpoint) and four bytes (attempt, type, failure, state). Arrays double when
 * full. Part, link and endpoint numbers are therefore limited to {@value #MAX_INDEX} and attempts to 127 — far beyond
 * any design a learner draws — which halves the memory a request in flight needs.
 *
 * <p>{@code next} is free for the owner's intrusive FIFO lists (a request sits in at most one queue at a time); the
 * table uses it for its free list only while the handle is free.
 */
public final class RequestTable {
    /** "No handle", for parent, next and origin. */
    public static final int NONE = -1;
    /** Request type: read. */
    public static final byte READ = 0;
    /** Request type: write. */
    public static final byte WRITE = 1;
    /** Largest part, link or endpoint number a handle can carry. */
    public static final int MAX_INDEX = Short.MAX_VALUE;

    private static final byte FREE = 0;
    private static final byte LIVE = 1;

    // Fields are interleaved per handle in four arrays (one per width): a request's state sits together in memory,
    // and four large arrays waste less heap than sixteen (a big array is rounded up to whole heap regions).
    private static final int L = 3; // longs per handle
    private static final int CREATED = 0;
    private static final int STAMP = 1;
    private static final int KEY = 2;
    private static final int I = 3; // ints per handle
    private static final int PARENT = 0;
    private static final int NEXT = 1;
    private static final int GENERATION = 2;
    private static final int S = 5; // shorts per handle
    private static final int HOP = 0;
    private static final int ORIGIN = 1;
    private static final int VIA = 2;
    private static final int FAIL_AT = 3;
    private static final int ENDPOINT = 4;
    private static final int B = 4; // bytes per handle
    private static final int ATTEMPT = 0;
    private static final int TYPE = 1;
    private static final int FAILURE = 2;
    private static final int STATE = 3;

    private long[] longs;
    private int[] ints;
    private short[] shorts;
    private byte[] bytes;
    private int capacity;

    private int freeHead = NONE;
    private int used; // handles ever handed out (high-water mark)
    private int live;

    /** Creates a table with room for {@code initialCapacity} requests before it first grows. */
    public RequestTable(int initialCapacity) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException("initialCapacity must be >= 1: " + initialCapacity);
        }
        resize(initialCapacity);
    }

    /** Creates a table with a default capacity. */
    public RequestTable() {
        this(1024);
    }

    /**
     * Takes a handle and resets its fields: created = stamp = {@code createdUs}, key 0, type {@link #READ}, endpoint 0, origin/parent/next {@link #NONE}, hop 0, attempt 0, no failure.
     */
    public int allocate(long createdUs) {
        int h;
        if (freeHead != NONE) {
            h = freeHead;
            freeHead = ints[h * I + NEXT];
        } else {
            if (used == capacity) {
                resize(capacity * 2);
            }
            h = used++;
        }
        int l = h * L;
        longs[l + CREATED] = createdUs;
        longs[l + STAMP] = createdUs;
        longs[l + KEY] = 0;
        int i = h * I;
        ints[i + PARENT] = NONE;
        ints[i + NEXT] = NONE;
        ints[i + GENERATION]++;
        int sh = h * S;
        shorts[sh + HOP] = 0;
        shorts[sh + ORIGIN] = NONE;
        shorts[sh + VIA] = NONE;
        shorts[sh + FAIL_AT] = NONE;
        shorts[sh + ENDPOINT] = 0;
        int b = h * B;
        bytes[b + ATTEMPT] = 0;
        bytes[b + TYPE] = READ;
        bytes[b + FAILURE] = 0;
        bytes[b + STATE] = LIVE;
        live++;
        return h;
    }

    /** Returns a live handle to the free list. */
    public void release(int h) {
        if (!isLive(h)) {
            throw new IllegalStateException("request handle " + h + " is not live");
        }
        bytes[h * B + STATE] = FREE;
        ints[h * I + NEXT] = freeHead;
        freeHead = h;
        live--;
    }

    /** True when {@code h} is currently allocated. */
    public boolean isLive(int h) {
        return h >= 0 && h < used && bytes[h * B + STATE] == LIVE;
    }

    /** True when {@code h} is live and still in the incarnation numbered {@code gen}. */
    public boolean isCurrent(int h, int gen) {
        return isLive(h) && ints[h * I + GENERATION] == gen;
    }

    /** Number of live handles. */
    public int liveCount() {
        return live;
    }

    /** Number of handles the arrays can hold before growing. */
    public int capacity() {
        return capacity;
    }

    public long createdUs(int h) { return longs[h * L + CREATED]; }
    public long key(int h) { return longs[h * L + KEY]; }
    public void setKey(int h, long v) { longs[h * L + KEY] = v; }
    /** A free timestamp for the owner, e.g. when the request entered its current queue. */
    public long stampUs(int h) { return longs[h * L + STAMP]; }
    public void setStampUs(int h, long v) { longs[h * L + STAMP] = v; }
    public int endpoint(int h) { return shorts[h * S + ENDPOINT]; }
    public void setEndpoint(int h, int v) { shorts[h * S + ENDPOINT] = (short) v; }
    /** Index of the client that originated the request, or {@link #NONE}. */
    public int origin(int h) { return shorts[h * S + ORIGIN]; }
    public void setOrigin(int h, int v) { shorts[h * S + ORIGIN] = (short) v; }
    /** Index of the part or hop the request is at now. */
    public int hop(int h) { return shorts[h * S + HOP]; }
    public void setHop(int h, int v) { shorts[h * S + HOP] = (short) v; }
    /** Handle of the request that made this nested call, or {@link #NONE}. */
    public int parent(int h) { return ints[h * I + PARENT]; }
    public void setParent(int h, int v) { ints[h * I + PARENT] = v; }
    /** Link for the owner's intrusive FIFO list, or {@link #NONE}. */
    public int next(int h) { return ints[h * I + NEXT]; }
    public void setNext(int h, int v) { ints[h * I + NEXT] = v; }
    /** Incarnation number of this handle, incremented by each {@link #allocate(long)}. */
    public int generation(int h) { return ints[h * I + GENERATION]; }
    public int attempt(int h) { return bytes[h * B + ATTEMPT]; }
    public void setAttempt(int h, int v) { bytes[h * B + ATTEMPT] = (byte) v; }
    /** {@link #READ} or {@link #WRITE}. */
    public byte type(int h) { return bytes[h * B + TYPE]; }
    public void setType(int h, byte v) { bytes[h * B + TYPE] = v; }
    public FailureReason failure(int h) { return FailureReason.fromCode(bytes[h * B + FAILURE]); }
    public void setFailure(int h, FailureReason v) { bytes[h * B + FAILURE] = v.code(); }
    /** Index of the link the request arrived over, or {@link #NONE}. */
    public int via(int h) { return shorts[h * S + VIA]; }
    public void setVia(int h, int v) { shorts[h * S + VIA] = (short) v; }
    /** Index of the part where the request's failure originated, or {@link #NONE}. */
    public int failAt(int h) { return shorts[h * S + FAIL_AT]; }
    public void setFailAt(int h, int v) { shorts[h * S + FAIL_AT] = (short) v; }

    private void resize(int cap) {
        longs = longs == null ? new long[cap * L] : Arrays.copyOf(longs, cap * L);
        ints = ints == null ? new int[cap * I] : Arrays.copyOf(ints, cap * I);
        shorts = shorts == null ? new short[cap * S] : Arrays.copyOf(shorts, cap * S);
        bytes = bytes == null ? new byte[cap * B] : Arrays.copyOf(bytes, cap * B);
        capacity = cap;
    }
}
