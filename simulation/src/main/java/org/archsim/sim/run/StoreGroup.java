package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.List;
import org.archsim.sim.engine.RequestTable;

/**
 * The database links of one caller that act as one store: one or more shards, each a {@link ReplicaSet} reached over
 * the caller's links to its members. A request goes to exactly one link: its key picks the shard ({@code hash},
 * {@code range} over the key space, or a {@link HashRing}); in that shard a write goes to the current primary and a read
 * to the next readable replica (round robin), or to the primary when no replica is up. Per-link request-type filters
 * decide only whether the group takes a request at all (some member link accepts it); roles then pick the member, so
 * writes follow the primary through a failover and reads fall back to the primary.
 *
 * <p>Shards may join and leave during a run ({@link #setShard}); the {@link ShardMap} then re-deals the keys and
 * counts how many moved. The first request for a moved key makes the primary of the shard it left read it out and
 * ship it ({@link DatabaseNode#copyOut}).
 */
final class StoreGroup {

    static final int NONE = 0;
    static final int HASH = 1;
    static final int RANGE = 2;
    static final int RING = 3;

    /** One shard as this caller sees it: its set, and the caller's links to its members with their nodes. */
    static final class Shard {
        final ReplicaSet set;
        int[] links = new int[0];
        DatabaseNode[] nodes = new DatabaseNode[0];
        private int cursor;

        Shard(ReplicaSet set) {
            this.set = set;
        }

        void add(int link, DatabaseNode node) {
            links = java.util.Arrays.copyOf(links, links.length + 1);
            nodes = java.util.Arrays.copyOf(nodes, nodes.length + 1);
            links[links.length - 1] = link;
            nodes[nodes.length - 1] = node;
        }
    }

    final Shard[] shards;
    final ShardMap map;

    StoreGroup(Shard[] shards, int mode, long keySpace) {
        this.shards = shards;
        List<String> names = new ArrayList<>();
        for (Shard s : shards) {
            names.add(s.set.members.get(0).id);
        }
        this.map = new ShardMap(shards.length > 1 ? mode : NONE, keySpace, names);
    }

    /**
     * Adds ({@code on}) or removes the shard that is {@code set}, if this group has it; a {@code measured} change
     * counts the keys it moved (on the shards' original primaries), an unmeasured one sets the starting shard set.
     */
    void setShard(ReplicaSet set, boolean on, boolean measured) {
        for (int s = 0; s < shards.length; s++) {
            if (shards[s].set == set && map.set(s, on, measured) && measured) {
                for (int k = 0; k < shards.length; k++) {
                    ReplicaSet r = shards[k].set;
                    r.resharded = true;
                    r.keysMoved = Math.max(r.keysMoved, map.keysMoved);
                    r.keysMovedIn = map.movedIn[k];
                }
            }
        }
    }

    /** Whether any member link's filters accept this request. */
    boolean accepts(Topology topo, byte type, int endpoint) {
        for (Shard s : shards) {
            for (int l : s.links) {
                if (topo.link(l).accepts(type, endpoint)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The shard (position in {@link #shards}) of a key. */
    int shardOf(long key) {
        return map.shardOf(key);
    }

    /** The link this request goes over; a key that moved and is not yet copied gives its old shard a copy to do. */
    int choose(RequestTable t, int call) {
        long key = t.key(call);
        Shard s = shards[shardOf(key)];
        int from = map.claimCold(key);
        if (from >= 0) {
            shards[from].set.primary.copyOut();
        }
        return pick(t, call, s);
    }

    private static int pick(RequestTable t, int call, Shard s) {
        if (t.type(call) == RequestTable.WRITE) {
            for (int i = 0; i < s.links.length; i++) {
                if (s.nodes[i] == s.set.primary) {
                    return s.links[i];
                }
            }
            return s.links[0]; // no link to the current primary: the member reached refuses the write
        }
        int n = s.links.length;
        for (int k = 0; k < n; k++) {
            int i = (s.cursor + k) % n;
            if (s.set.readable(s.nodes[i])) {
                s.cursor = i + 1;
                return s.links[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (s.nodes[i] == s.set.primary) {
                return s.links[i];
            }
        }
        return s.links[0];
    }
}
