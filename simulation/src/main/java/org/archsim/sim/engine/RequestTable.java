package org.archsim.sim.engine;

import java.util.Arrays;

/**
 * Struct-of-arrays storage for in-flight requests, addressed by int handles, with a free list so handles are reused
 * and nothing is allocated per request once the table has grown to its working size.
 *
 * <p><b>Contract.</b> {@link #allocate(long)} returns a live handle with every field reset; {@link #release(int)} returns
 * it to the free list (releasing a handle that is not live throws). A handle may be reused after release; each
 * allocation increments the handle's {@link #generation(int)}, so an event that carries (handle, generation) can tell
 * that its request is gone. Field accessors do not check liveness (they sit on the hot path).
 *
 * <p><b>Footprint.</b> 61 bytes per handle: four longs (created, deadline, key, stamp), six ints (endpoint, origin, hop,
 * parent, next, generation), one short (attempt) and three bytes (type, failure, state). Arrays double when full.
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

    private static final byte FREE = 0;
    private static final byte LIVE = 1;

    private long[] createdUs;
    private long[] deadlineUs;
    private long[] key;
    private long[] stampUs;
    private int[] endpoint;
    private int[] origin;
    private int[] hop;
    private int[] parent;
    private int[] next;
    private int[] generation;
    private short[] attempt;
    private byte[] type;
    private byte[] failure;
    private byte[] state;
    private int[] via;
    private int[] failAt;

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
     * Takes a handle and resets its fields: created = stamp = {@code createdUs}, deadline = {@link Engine#NEVER},
     * key 0, type {@link #READ}, endpoint 0, origin/parent/next {@link #NONE}, hop 0, attempt 0, no failure.
     */
    public int allocate(long createdUs) {
        int h;
        if (freeHead != NONE) {
            h = freeHead;
            freeHead = next[h];
        } else {
            if (used == state.length) {
                resize(state.length * 2);
            }
            h = used++;
        }
        this.createdUs[h] = createdUs;
        this.stampUs[h] = createdUs;
        deadlineUs[h] = Engine.NEVER;
        key[h] = 0;
        endpoint[h] = 0;
        origin[h] = NONE;
        hop[h] = 0;
        parent[h] = NONE;
        next[h] = NONE;
        generation[h]++;
        attempt[h] = 0;
        type[h] = READ;
        failure[h] = 0;
        state[h] = LIVE;
        via[h] = NONE;
        failAt[h] = NONE;
        live++;
        return h;
    }

    /** Returns a live handle to the free list. */
    public void release(int h) {
        if (h < 0 || h >= used || state[h] != LIVE) {
            throw new IllegalStateException("request handle " + h + " is not live");
        }
        state[h] = FREE;
        next[h] = freeHead;
        freeHead = h;
        live--;
    }

    /** True when {@code h} is currently allocated. */
    public boolean isLive(int h) {
        return h >= 0 && h < used && state[h] == LIVE;
    }

    /** True when {@code h} is live and still in the incarnation numbered {@code gen}. */
    public boolean isCurrent(int h, int gen) {
        return isLive(h) && generation[h] == gen;
    }

    /** Number of live handles. */
    public int liveCount() {
        return live;
    }

    /** Number of handles the arrays can hold before growing. */
    public int capacity() {
        return state.length;
    }

    public long createdUs(int h) { return createdUs[h]; }
    public long deadlineUs(int h) { return deadlineUs[h]; }
    public void setDeadlineUs(int h, long v) { deadlineUs[h] = v; }
    public long key(int h) { return key[h]; }
    public void setKey(int h, long v) { key[h] = v; }
    /** A free timestamp for the owner, e.g. when the request entered its current queue. */
    public long stampUs(int h) { return stampUs[h]; }
    public void setStampUs(int h, long v) { stampUs[h] = v; }
    public int endpoint(int h) { return endpoint[h]; }
    public void setEndpoint(int h, int v) { endpoint[h] = v; }
    /** Index of the client that originated the request, or {@link #NONE}. */
    public int origin(int h) { return origin[h]; }
    public void setOrigin(int h, int v) { origin[h] = v; }
    /** Index of the part or hop the request is at now. */
    public int hop(int h) { return hop[h]; }
    public void setHop(int h, int v) { hop[h] = v; }
    /** Handle of the request that made this nested call, or {@link #NONE}. */
    public int parent(int h) { return parent[h]; }
    public void setParent(int h, int v) { parent[h] = v; }
    /** Link for the owner's intrusive FIFO list, or {@link #NONE}. */
    public int next(int h) { return next[h]; }
    public void setNext(int h, int v) { next[h] = v; }
    /** Incarnation number of this handle, incremented by each {@link #allocate(long)}. */
    public int generation(int h) { return generation[h]; }
    public int attempt(int h) { return attempt[h]; }
    public void setAttempt(int h, int v) { attempt[h] = (short) v; }
    /** {@link #READ} or {@link #WRITE}. */
    public byte type(int h) { return type[h]; }
    public void setType(int h, byte v) { type[h] = v; }
    public FailureReason failure(int h) { return FailureReason.fromCode(failure[h]); }
    public void setFailure(int h, FailureReason v) { failure[h] = v.code(); }
    /** Index of the link the request arrived over, or {@link #NONE}. */
    public int via(int h) { return via[h]; }
    public void setVia(int h, int v) { via[h] = v; }
    /** Index of the part where the request's failure originated, or {@link #NONE}. */
    public int failAt(int h) { return failAt[h]; }
    public void setFailAt(int h, int v) { failAt[h] = v; }

    private void resize(int cap) {
        createdUs = createdUs == null ? new long[cap] : Arrays.copyOf(createdUs, cap);
        deadlineUs = deadlineUs == null ? new long[cap] : Arrays.copyOf(deadlineUs, cap);
        key = key == null ? new long[cap] : Arrays.copyOf(key, cap);
        stampUs = stampUs == null ? new long[cap] : Arrays.copyOf(stampUs, cap);
        endpoint = endpoint == null ? new int[cap] : Arrays.copyOf(endpoint, cap);
        origin = origin == null ? new int[cap] : Arrays.copyOf(origin, cap);
        hop = hop == null ? new int[cap] : Arrays.copyOf(hop, cap);
        parent = parent == null ? new int[cap] : Arrays.copyOf(parent, cap);
        next = next == null ? new int[cap] : Arrays.copyOf(next, cap);
        generation = generation == null ? new int[cap] : Arrays.copyOf(generation, cap);
        attempt = attempt == null ? new short[cap] : Arrays.copyOf(attempt, cap);
        type = type == null ? new byte[cap] : Arrays.copyOf(type, cap);
        failure = failure == null ? new byte[cap] : Arrays.copyOf(failure, cap);
        state = state == null ? new byte[cap] : Arrays.copyOf(state, cap);
        via = via == null ? new int[cap] : Arrays.copyOf(via, cap);
        failAt = failAt == null ? new int[cap] : Arrays.copyOf(failAt, cap);
    }
}
