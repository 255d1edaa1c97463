package org.archsim.sim.run;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A consistent-hashing ring: each shard owns {@code virtualNodes} points placed by hashing its name, and a key belongs
 * to the shard of the first point at or after the key's hash (wrapping). Points depend only on the shard's own name,
 * so adding a shard takes over about 1/N of the keys and moves no others. Built once; lookups are a binary search on
 * a primitive array.
 */
final class HashRing {

    private final long[] points;
    private final int[] owners;

    HashRing(List<String> shardNames, int virtualNodes) {
        int n = shardNames.size() * virtualNodes;
        long[] pts = new long[n];
        int[] own = new int[n];
        Integer[] order = new Integer[n];
        for (int s = 0, k = 0; s < shardNames.size(); s++) {
            for (int v = 0; v < virtualNodes; v++, k++) {
                pts[k] = mix(nameHash(shardNames.get(s) + "#" + v));
                own[k] = s;
                order[k] = k;
            }
        }
        // Sort by point (ties, practically impossible, by shard then replica number) so the ring is deterministic.
        Arrays.sort(order, (a, b) -> pts[a] != pts[b] ? Long.compare(pts[a], pts[b]) : Integer.compare(a, b));
        points = new long[n];
        owners = new int[n];
        for (int i = 0; i < n; i++) {
            points[i] = pts[order[i]];
            owners[i] = own[order[i]];
        }
    }

    /** The shard (position in the name list) that owns {@code key}. */
    int shardOf(long key) {
        long h = mix(key);
        int lo = 0;
        int hi = points.length;
        while (lo < hi) { // first point >= h
            int mid = (lo + hi) >>> 1;
            if (points[mid] < h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return owners[lo == points.length ? 0 : lo];
    }

    /** A 64-bit finaliser (well spread for consecutive keys). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long nameHash(String s) {
        long h = 0xCBF29CE484222325L; // FNV-1a over the UTF-8 bytes: stable across runs and JVMs
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
