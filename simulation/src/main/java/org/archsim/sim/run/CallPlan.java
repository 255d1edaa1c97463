package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.archsim.sim.engine.RequestTable;

/**
 * The call plan of a service or worker whose outgoing links include data stores, compiled once. Positions are the
 * caller's {@link Node#out} links, reordered so each unit is contiguous: a plain link; an aside cache followed at once
 * by the store it fronts; or a {@link StoreGroup} (a replica set, or all shards) of which only one link is called.
 *
 * <p>Cache-aside: a read calls the cache; a hit (a plain successful answer) skips the store; a miss (an answer marked
 * by the cache) or a failed cache call continues to the store, and the store's successful answer fills the cache. A
 * write skips the cache, goes to the store, and invalidates the key when the store acknowledges it. Each cache pairs
 * with the first not yet paired store unit (a database group or blob storage) in document order.
 *
 * <p>The per-call state is only the plan cursor ({@code next}): the position after the link being called, so
 * {@link CallerNode#retry} still finds the failed link. Nothing is allocated per request.
 */
final class CallPlan {

    private static final byte PLAIN = 0;
    private static final byte ASIDE = 1;
    private static final byte HEAD = 2;
    private static final byte MEMBER = 3;

    final int[] out;
    private final byte[] role;
    private final int[] end;
    private final StoreGroup[] group;
    private final CacheNode[] cacheOf;

    private CallPlan(int[] out, byte[] role, int[] end, StoreGroup[] group, CacheNode[] cacheOf) {
        this.out = out;
        this.role = role;
        this.end = end;
        this.group = group;
        this.cacheOf = cacheOf;
    }

    /** One unit of the plan while it is being built. */
    private static final class Unit {
        final byte kind;
        final List<Integer> links = new ArrayList<>();
        final Map<ReplicaSet, StoreGroup.Shard> shards = new LinkedHashMap<>();
        Unit store; // for an aside cache: the store unit it fronts
        boolean paired;

        Unit(byte kind) {
            this.kind = kind;
        }

        boolean isStore(Topology topo) {
            return kind == HEAD || (kind == PLAIN && topo.node(topo.link(links.get(0)).to) instanceof BlobNode);
        }
    }

    /** The plan for {@code caller}, or null when its links need none (no database, no aside cache). */
    static CallPlan build(Topology topo, Node caller, int shardMode, long keySpace) {
        int[] links = caller.out;
        boolean needed = false;
        int sets = 0;
        List<ReplicaSet> seen = new ArrayList<>();
        for (int l : links) {
            Node target = topo.node(topo.link(l).to);
            if (target instanceof DatabaseNode db) {
                needed = true;
                if (!seen.contains(db.set)) {
                    seen.add(db.set);
                    sets++;
                }
            } else if (isAsideCache(target)) {
                needed = true;
            }
        }
        if (!needed) {
            return null;
        }
        boolean sharded = shardMode != StoreGroup.NONE && sets >= 2;
        List<Unit> units = new ArrayList<>();
        Map<ReplicaSet, Unit> bySet = new LinkedHashMap<>();
        Unit shardUnit = null;
        for (int l : links) {
            Node target = topo.node(topo.link(l).to);
            if (target instanceof DatabaseNode db) {
                Unit u;
                if (sharded) {
                    if (shardUnit == null) {
                        shardUnit = new Unit(HEAD);
                        units.add(shardUnit);
                    }
                    u = shardUnit;
                } else {
                    u = bySet.get(db.set);
                    if (u == null) {
                        u = new Unit(HEAD);
                        bySet.put(db.set, u);
                        units.add(u);
                    }
                }
                u.shards.computeIfAbsent(db.set, StoreGroup.Shard::new).add(l, db);
            } else {
                Unit u = new Unit(isAsideCache(target) ? ASIDE : PLAIN);
                u.links.add(l);
                units.add(u);
            }
        }
        for (Unit u : units) {
            if (u.kind == ASIDE) {
                for (Unit s : units) {
                    if (!s.paired && s.isStore(topo)) {
                        s.paired = true;
                        u.store = s;
                        break;
                    }
                }
            }
        }
        int n = links.length;
        int[] order = new int[n];
        byte[] role = new byte[n];
        int[] end = new int[n];
        StoreGroup[] group = new StoreGroup[n];
        CacheNode[] cacheOf = new CacheNode[n];
        int[] pos = {0};
        for (Unit u : units) {
            if (u.paired) {
                continue; // emitted right after its cache
            }
            if (u.kind == ASIDE && u.store != null) {
                int p = pos[0];
                CacheNode cache = (CacheNode) topo.node(topo.link(u.links.get(0)).to);
                emit(topo, u, order, role, end, group, pos, shardMode, keySpace);
                int storeStart = pos[0];
                emit(topo, u.store, order, role, end, group, pos, shardMode, keySpace);
                end[p] = pos[0];
                for (int i = storeStart; i < pos[0]; i++) {
                    cacheOf[i] = cache;
                }
            } else {
                emit(topo, u, order, role, end, group, pos, shardMode, keySpace);
            }
        }
        return new CallPlan(order, role, end, group, cacheOf);
    }

    private static boolean isAsideCache(Node n) {
        return n instanceof CacheNode c && !(n instanceof CdnNode) && c.aside();
    }

    private static void emit(Topology topo, Unit u, int[] order, byte[] role, int[] end, StoreGroup[] group, int[] pos,
            int shardMode, long keySpace) {
        int p = pos[0];
        if (u.kind != HEAD) {
            order[p] = u.links.get(0);
            role[p] = u.kind;
            end[p] = p + 1;
            pos[0]++;
            return;
        }
        StoreGroup.Shard[] shards = u.shards.values().toArray(new StoreGroup.Shard[0]);
        StoreGroup g = new StoreGroup(shards, shardMode, keySpace);
        for (StoreGroup.Shard s : shards) {
            for (int l : s.links) {
                order[pos[0]] = l;
                role[pos[0]] = pos[0] == p ? HEAD : MEMBER;
                group[pos[0]] = g;
                pos[0]++;
            }
        }
        end[p] = pos[0];
    }

    /** The store groups of this plan (each once), in plan order. */
    List<StoreGroup> groups() {
        List<StoreGroup> out = new ArrayList<>();
        for (StoreGroup g : group) {
            if (g != null && !out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    /** As {@link CallerNode#nextLink}: the next link to call for {@code call}, advancing its cursor; -1 when done. */
    int nextLink(Simulation sim, CallerNode caller, int call) {
        RequestTable t = sim.table();
        Topology topo = sim.topology();
        byte type = t.type(call);
        int ep = t.endpoint(call);
        int step = t.next(call);
        while (step < out.length) {
            int p = step;
            LinkRt l = topo.link(out[p]);
            switch (role[p]) {
                case HEAD -> {
                    step = end[p];
                    if (group[p].accepts(topo, type, ep)) {
                        t.setNext(call, step);
                        return group[p].choose(t, call);
                    }
                }
                case MEMBER -> step++;
                case ASIDE -> {
                    step++;
                    boolean paired = end[p] > p + 1;
                    if (l.accepts(type, ep) && (type == RequestTable.READ || !paired)) {
                        t.setNext(call, step);
                        return l.index;
                    }
                }
                default -> {
                    step++;
                    if (l.accepts(type, ep) && (l.probability >= 1.0 || caller.routeRng.nextDouble() < l.probability)) {
                        t.setNext(call, step);
                        return l.index;
                    }
                }
            }
        }
        t.setNext(call, step);
        return -1;
    }

    /**
     * A call over {@code link} ended; returns whether the plan should go on as after a success. Applies cache-aside:
     * a hit skips the store, a miss or an unavailable cache goes on to it, and a store answer fills or invalidates.
     */
    boolean onAnswer(Simulation sim, int call, int link, boolean ok, int where) {
        int p = positionOf(link);
        if (p < 0) {
            return ok;
        }
        RequestTable t = sim.table();
        if (role[p] == ASIDE && end[p] > p + 1) {
            if (ok && where == RequestTable.NONE) {
                t.setNext(call, end[p]); // hit: the store is not called
            }
            return true; // a miss, or the cache could not answer: read the store
        }
        if (ok && cacheOf[p] != null) {
            if (t.type(call) == RequestTable.READ) {
                cacheOf[p].fill(sim, t.key(call));
            } else {
                cacheOf[p].invalidate(t.key(call));
            }
        }
        return ok;
    }

    /** The link a retry goes over: a group picks again (the next replica, or the primary after a failover). */
    int retryLink(Simulation sim, int call, int failedLink) {
        int p = positionOf(failedLink);
        return p >= 0 && group[p] != null ? group[p].choose(sim.table(), call) : failedLink;
    }

    private int positionOf(int link) {
        for (int i = 0; i < out.length; i++) {
            if (out[i] == link) {
                return i;
            }
        }
        return -1;
    }
}
