package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Which shard of a {@link StoreGroup} owns a key, and what a change of the shard set costs. Shards can join and leave
 * during a run (the {@code add-shard} and {@code remove-shard} scenario events); the owner function is then applied
 * to the shards present now, so {@code hash} ({@code mix(key) mod N}) re-deals almost every key while a
 * {@link HashRing} only hands the new shard the arcs its points cut off (or the leaving shard's arcs to its
 * neighbours).
 *
 * <p>Each change is measured: the fraction of the key space whose owner changed (over every key when the key space
 * has at most {@value #SAMPLE} keys, else over {@value #SAMPLE} evenly spaced keys, so the figure is exact or a fixed
 * sample and always deterministic). A key that moved is <b>cold</b> on its new shard until it is first requested
 * there: that request has it copied over from the shard it left (see {@link #claimCold}). Only the latest change is remembered: a change resets
 * which keys are still cold.
 */
final class ShardMap {

    /** Keys examined when measuring a change of the shard set. */
    static final int SAMPLE = 1 << 16;
    private static final int VIRTUAL_NODES = 160;

    private final int mode;
    private final long keySpace;
    private final List<String> names;
    private final boolean[] present;
    private int[] live;
    private HashRing ring;
    private int[] liveBefore;
    private HashRing ringBefore;
    private final LongIntMap copied = new LongIntMap(64);
    /** The largest fraction of the key space one change moved; per shard, the fractions moved onto it. */
    double keysMoved;
    final double[] movedIn;
    int changes;

    ShardMap(int mode, long keySpace, List<String> names) {
        this.mode = mode;
        this.keySpace = Math.max(1, keySpace);
        this.names = List.copyOf(names);
        this.present = new boolean[names.size()];
        java.util.Arrays.fill(present, true);
        this.movedIn = new double[names.size()];
        rebuild();
    }

    /** The shard (position in the name list) that owns {@code key} now. */
    int shardOf(long key) {
        return owner(key, live, ring);
    }

    /** Whether shard {@code s} is part of the set now. */
    boolean present(int s) {
        return present[s];
    }

    /**
     * Adds ({@code on}) or removes shard {@code s}. A {@code measured} change records the keys it moved and makes them
     * cold; an unmeasured one sets the starting set. Removing the last shard, or a no-op, changes nothing.
     *
     * @return whether the set changed
     */
    boolean set(int s, boolean on, boolean measured) {
        if (present[s] == on || (!on && live.length == 1)) {
            return false;
        }
        int[] oldLive = live;
        HashRing oldRing = ring;
        present[s] = on;
        rebuild();
        if (measured) {
            measure(oldLive, oldRing);
        }
        return true;
    }

    /**
     * If {@code key} moved in the latest change and has not been requested since: marks it copied (so only its first
     * request after the change pays for the copy) and returns the shard it moved from; otherwise -1.
     */
    int claimCold(long key) {
        if (liveBefore == null || copied.get(key) > 0) {
            return -1;
        }
        int before = owner(key, liveBefore, ringBefore);
        if (before == owner(key, live, ring)) {
            return -1;
        }
        copied.put(key, 1);
        return before;
    }

    private void measure(int[] oldLive, HashRing oldRing) {
        long n = Math.min(keySpace, SAMPLE);
        long moved = 0;
        long[] in = new long[names.size()];
        for (long i = 0; i < n; i++) {
            long key = n == keySpace ? i : i * keySpace / n;
            int now = owner(key, live, ring);
            if (owner(key, oldLive, oldRing) != now) {
                moved++;
                in[now]++;
            }
        }
        double fraction = moved / (double) n;
        keysMoved = Math.max(keysMoved, fraction);
        for (int s = 0; s < in.length; s++) {
            movedIn[s] += in[s] / (double) n;
        }
        changes++;
        liveBefore = oldLive;
        ringBefore = oldRing;
        copied.clear();
    }

    private void rebuild() {
        int count = 0;
        for (boolean p : present) {
            count += p ? 1 : 0;
        }
        live = new int[count];
        List<String> liveNames = new ArrayList<>();
        for (int s = 0, k = 0; s < present.length; s++) {
            if (present[s]) {
                live[k++] = s;
                liveNames.add(names.get(s));
            }
        }
        ring = mode == StoreGroup.RING ? new HashRing(liveNames, VIRTUAL_NODES) : null;
    }

    private int owner(long key, int[] among, HashRing r) {
        int n = among.length;
        return switch (mode) {
            case StoreGroup.HASH -> among[(int) ((HashRing.mix(key) >>> 1) % n)];
            case StoreGroup.RANGE -> among[(int) Math.min(n - 1, Math.max(0, key) * n / keySpace)];
            case StoreGroup.RING -> among[r.shardOf(key)];
            default -> among[0];
        };
    }
}
