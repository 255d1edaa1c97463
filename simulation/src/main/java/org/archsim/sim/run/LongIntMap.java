package org.archsim.sim.run;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values on two primitive arrays (linear probing, backward-shift
 * deletion so there are no tombstones). Grows by doubling when half full; never shrinks. Nothing is allocated per
 * operation once it has reached its working size. {@link #MISSING} is returned for absent keys.
 */
final class LongIntMap {

    static final int MISSING = -1;
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, EMPTY);
        mask = cap - 1;
    }

    static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 29));
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or {@link #MISSING}. */
    int get(long key) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return MISSING;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds {@code delta} to the value (absent counts 0); a result of 0 removes the key. Returns the new value. */
    int addTo(long key, int delta) {
        int v = get(key);
        int nv = (v == MISSING ? 0 : v) + delta;
        if (nv == 0) {
            remove(key);
        } else {
            put(key, nv);
        }
        return nv;
    }

    /** Removes {@code key}; returns its value or {@link #MISSING}. */
    int remove(long key) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == EMPTY) {
                return MISSING;
            }
            if (k == key) {
                break;
            }
            i = (i + 1) & mask;
        }
        int old = values[i];
        size--;
        // Backward shift: move later entries of the probe run into the hole so lookups never stop early.
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long k = keys[j];
            if (k == EMPTY) {
                break;
            }
            int home = hash(k) & mask;
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                keys[hole] = k;
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = EMPTY;
        return old;
    }

    /** Sum of every value (used rarely, e.g. at a failover). */
    long sumValues() {
        long s = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                s += values[i];
            }
        }
        return s;
    }

    void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                put(ok[i], ov[i]);
            }
        }
    }
}
