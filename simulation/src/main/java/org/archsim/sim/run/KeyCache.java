package org.archsim.sim.run;

/**
 * A fixed-capacity key cache on primitive arrays: an open-addressing index (key → slot) and, per slot, the key, the
 * fill time and a dirty flag. Eviction when full: LRU keeps slots on an intrusive doubly linked list (most recent at
 * the head; O(1) per operation); LFU keeps them in an indexed binary min-heap ordered by (use count, last use), so the
 * least used and, among equals, the longest unused key leaves (O(log n)). Entries older than the TTL count as absent.
 * Nothing is allocated per operation.
 */
final class KeyCache {

    private static final int NIL = -1;

    private final int capacity;
    private final boolean lfu;
    private final long ttlUs;
    private final LongIntMap index;
    private final long[] keys;
    private final long[] filledUs;
    private final boolean[] dirty;
    private final int[] prev;
    private final int[] next;
    private final int[] freq;
    private final long[] lastUse;
    private final int[] heap;
    private final int[] heapPos;
    private final int[] free;
    private int freeCount;
    private int head = NIL;
    private int tail = NIL;
    private int heapSize;
    private long clock;
    private int dirtyCount;
    long evictions;
    /** After {@link #put}: the key of a dirty entry the put evicted (it must be written back), else -1. */
    long evictedDirtyKey = -1;

    KeyCache(int capacity, boolean lfu, long ttlUs) {
        this.capacity = capacity;
        this.lfu = lfu;
        this.ttlUs = ttlUs;
        this.index = new LongIntMap(capacity);
        this.keys = new long[capacity];
        this.filledUs = new long[capacity];
        this.dirty = new boolean[capacity];
        this.prev = lfu ? null : new int[capacity];
        this.next = lfu ? null : new int[capacity];
        this.freq = lfu ? new int[capacity] : null;
        this.lastUse = lfu ? new long[capacity] : null;
        this.heap = lfu ? new int[capacity] : null;
        this.heapPos = lfu ? new int[capacity] : null;
        this.free = new int[capacity];
        clear();
    }

    int size() {
        return capacity - freeCount;
    }

    int dirtyCount() {
        return dirtyCount;
    }

    /** A lookup: true on a hit (the entry is then the most recently / once more used); an expired entry is dropped. */
    boolean get(long key, long nowUs) {
        int s = index.get(key);
        if (s == LongIntMap.MISSING) {
            return false;
        }
        if (ttlUs > 0 && nowUs - filledUs[s] >= ttlUs && !dirty[s]) {
            removeSlot(s);
            return false;
        }
        touch(s);
        return true;
    }

    /** Fills or updates {@code key} as of {@code nowUs}; evicts one entry when full. */
    void put(long key, long nowUs, boolean makeDirty) {
        evictedDirtyKey = -1;
        int s = index.get(key);
        if (s == LongIntMap.MISSING) {
            if (freeCount == 0) {
                int victim = lfu ? heap[0] : tail;
                if (dirty[victim]) {
                    evictedDirtyKey = keys[victim];
                }
                removeSlot(victim);
                evictions++;
            }
            s = free[--freeCount];
            keys[s] = key;
            index.put(key, s);
            if (lfu) {
                freq[s] = 0;
                lastUse[s] = ++clock;
                heapPos[s] = heapSize;
                heap[heapSize++] = s;
                siftUp(heapPos[s]);
            } else {
                linkFront(s);
            }
        }
        filledUs[s] = nowUs;
        touch(s);
        if (makeDirty && !dirty[s]) {
            dirty[s] = true;
            dirtyCount++;
        }
    }

    /** Whether {@code key} is held with an unwritten change; clears the mark (the caller writes it now). */
    boolean takeDirty(long key) {
        int s = index.get(key);
        if (s == LongIntMap.MISSING || !dirty[s]) {
            return false;
        }
        dirty[s] = false;
        dirtyCount--;
        return true;
    }

    /** Whether {@code key} is already dirty (a write-back is pending for it). */
    boolean isDirty(long key) {
        int s = index.get(key);
        return s != LongIntMap.MISSING && dirty[s];
    }

    void invalidate(long key) {
        int s = index.get(key);
        if (s != LongIntMap.MISSING) {
            removeSlot(s);
        }
    }

    /** Forgets every entry (dirty ones included). */
    void clear() {
        index.clear();
        freeCount = 0;
        for (int i = capacity - 1; i >= 0; i--) {
            free[freeCount++] = i;
            dirty[i] = false;
        }
        head = tail = NIL;
        heapSize = 0;
        dirtyCount = 0;
    }

    private void removeSlot(int s) {
        index.remove(keys[s]);
        if (dirty[s]) {
            dirty[s] = false;
            dirtyCount--;
        }
        if (lfu) {
            int p = heapPos[s];
            int last = heap[--heapSize];
            if (p != heapSize) {
                heap[p] = last;
                heapPos[last] = p;
                siftDown(p);
                siftUp(heapPos[last]);
            }
        } else {
            unlink(s);
        }
        free[freeCount++] = s;
    }

    private void touch(int s) {
        if (lfu) {
            freq[s]++;
            lastUse[s] = ++clock;
            siftDown(heapPos[s]);
        } else if (head != s) {
            unlink(s);
            linkFront(s);
        }
    }

    private void linkFront(int s) {
        prev[s] = NIL;
        next[s] = head;
        if (head != NIL) {
            prev[head] = s;
        }
        head = s;
        if (tail == NIL) {
            tail = s;
        }
    }

    private void unlink(int s) {
        int p = prev[s];
        int n = next[s];
        if (p != NIL) {
            next[p] = n;
        } else {
            head = n;
        }
        if (n != NIL) {
            prev[n] = p;
        } else {
            tail = p;
        }
    }

    private boolean less(int a, int b) {
        return freq[a] != freq[b] ? freq[a] < freq[b] : lastUse[a] < lastUse[b];
    }

    private void siftUp(int i) {
        int s = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int ps = heap[parent];
            if (!less(s, ps)) {
                break;
            }
            heap[i] = ps;
            heapPos[ps] = i;
            i = parent;
        }
        heap[i] = s;
        heapPos[s] = i;
    }

    private void siftDown(int i) {
        int s = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= heapSize) {
                break;
            }
            if (c + 1 < heapSize && less(heap[c + 1], heap[c])) {
                c++;
            }
            if (!less(heap[c], s)) {
                break;
            }
            heap[i] = heap[c];
            heapPos[heap[i]] = i;
            i = c;
        }
        heap[i] = s;
        heapPos[s] = i;
    }
}
