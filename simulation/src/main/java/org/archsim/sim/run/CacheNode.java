package org.archsim.sim.run;

import java.util.Map;
import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;

/**
 * A key-value cache ({@code cache} kind; {@link CdnNode} reuses it at the edge). After its own (short) work it looks
 * the request's key up in a {@link KeyCache} (capacity, LRU/LFU, TTL), so the hit ratio emerges from key skew and
 * capacity.
 *
 * <p><b>Aside</b> (no outgoing links): a read answers at once — a hit, or a miss marked on the answer (the child's
 * {@code failAt} is set to this part on a successful answer) so the caller's {@link CallPlan} then calls the store and
 * fills the cache via {@link #fill}. A write that reaches an aside cache updates the entry.
 *
 * <p><b>In the path</b> (the cache links to a store): a read hit answers; a miss goes to the store and fills on return.
 * Writes: {@code write-through} (and {@code cache-aside} with a store behind it) go to the store first and update the
 * entry when it acknowledges; {@code write-back} updates the entry, answers at once, and writes the key to the store
 * {@code writeBackDelayMs} later — writes to a key already waiting are coalesced into that one store write, and a
 * dirty entry that is evicted is written at once. Dirty entries lost by a flush or crash are counted.
 *
 * <p>A flush (fault) or a crash empties it: the next reads all miss (the miss storm on the store).
 */
class CacheNode extends Node {

    /** {@code next} of a call waiting for the store's answer. */
    private static final int WAITING = 1;
    /** {@code next} of a background write-back request owned by this part. */
    private static final int BACKGROUND = -7;
    private static final int FLUSH_KEY = 1;

    final KeyCache cache;
    private final boolean writeBack;
    private final long writeBackDelayUs;
    private final int handler;
    private int cursor;
    private long writeBacks;
    private long writeBackLost;

    CacheNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
        this.cache = new KeyCache(c.intParam("capacityItems"), c.textParam("eviction").equals("lfu"),
                Math.round(c.doubleParam("ttlS") * 1e6));
        String policy = has(c, "writePolicy") ? c.textParam("writePolicy") : "write-through";
        this.writeBack = policy.equals("write-back");
        this.writeBackDelayUs = has(c, "writeBackDelayMs") ? Math.round(c.doubleParam("writeBackDelayMs") * 1000) : 0;
        this.handler = sim.engine().register((e, type, a, b) -> writeBackDue(sim, a));
    }

    /** Whether this cache is consulted by its caller (cache-aside) rather than sitting in front of a store. */
    final boolean aside() {
        return out.length == 0;
    }

    /** Whether the request is served through the cache (the CDN narrows this to static reads). */
    boolean cacheable(Simulation sim, int call) {
        return true;
    }

    /** The cache key of a request. */
    long cacheKey(Simulation sim, int call) {
        return sim.table().key(call);
    }

    /** Cache-aside fill after the caller read the store on a miss. */
    final void fill(Simulation sim, long key) {
        if (!down) {
            cache.put(key, sim.now(), false);
        }
    }

    /** Cache-aside invalidation after the caller wrote the store. */
    final void invalidate(long key) {
        cache.invalidate(key);
    }

    @Override
    final void afterService(Simulation sim, int call) {
        RequestTable t = sim.table();
        if (!cacheable(sim, call)) {
            forward(sim, call);
            return;
        }
        long key = cacheKey(sim, call);
        if (t.type(call) == RequestTable.READ) {
            if (cache.get(key, sim.now())) {
                if (sim.measuring()) {
                    metrics.hits++;
                }
                sim.complete(call);
                return;
            }
            if (sim.measuring()) {
                metrics.misses++;
            }
            if (aside()) {
                t.setFailAt(call, index); // a successful answer that says "not found": the caller reads the store
                sim.complete(call);
            } else {
                forward(sim, call);
            }
            return;
        }
        if (aside()) {
            cache.put(key, sim.now(), false);
            sim.complete(call);
        } else if (writeBack) {
            boolean pending = cache.isDirty(key);
            cache.put(key, sim.now(), true);
            writeEvicted(sim);
            if (!pending) {
                sim.engine().scheduleAfter(writeBackDelayUs, 20, handler, FLUSH_KEY, (int) key, 0);
            }
            sim.complete(call);
        } else {
            forward(sim, call);
        }
    }

    /** Sends the request on to the next store link that accepts it (round robin among several). */
    private void forward(Simulation sim, int call) {
        int link = pickLink(sim, sim.table().type(call), sim.table().endpoint(call));
        if (link < 0) {
            sim.fail(call, FailureReason.NO_ROUTE, index);
            return;
        }
        sim.table().setNext(call, WAITING);
        sim.callOut(call, link);
    }

    private int pickLink(Simulation sim, byte type, int endpoint) {
        for (int k = 0; k < out.length; k++) {
            int pos = Math.floorMod(cursor + k, out.length);
            if (sim.topology().link(out[pos]).accepts(type, endpoint)) {
                cursor = pos + 1;
                return out[pos];
            }
        }
        return -1;
    }

    @Override
    final void childDone(Simulation sim, int call, int link, boolean ok, FailureReason reason, int where) {
        RequestTable t = sim.table();
        if (t.next(call) == BACKGROUND) {
            if (!ok && sim.measuring()) {
                writeBackLost++;
            }
            t.release(call);
            return;
        }
        if (down) {
            sim.fail(call, FailureReason.PART_DOWN, index);
            return;
        }
        if (!ok) {
            sim.failDownstream(call, reason, where);
            return;
        }
        if (cacheable(sim, call)) {
            cache.put(cacheKey(sim, call), sim.now(), false); // fill on a read miss, update on a write-through
            writeEvicted(sim);
        }
        sim.complete(call);
    }

    private void writeEvicted(Simulation sim) {
        if (cache.evictedDirtyKey >= 0) {
            writeToStore(sim, cache.evictedDirtyKey);
        }
    }

    private void writeBackDue(Simulation sim, int key) {
        if (cache.takeDirty(key)) {
            writeToStore(sim, key);
        }
    }

    /** A write-back: a request owned by this part, answered back to {@link #childDone} and released there. */
    private void writeToStore(Simulation sim, long key) {
        int link = pickLink(sim, RequestTable.WRITE, 0);
        if (link < 0) {
            return;
        }
        RequestTable t = sim.table();
        int w = t.allocate(sim.now());
        t.setKey(w, key);
        t.setType(w, RequestTable.WRITE);
        t.setHop(w, index);
        t.setNext(w, BACKGROUND);
        if (sim.measuring()) {
            writeBacks++;
        }
        sim.callOut(w, link);
    }

    @Override
    void flush(Simulation sim) {
        if (sim.measuring()) {
            writeBackLost += cache.dirtyCount();
        }
        cache.clear();
    }

    /** An in-memory cache comes back empty after a crash. */
    @Override
    void crash(Simulation sim) {
        super.crash(sim);
        flush(sim);
    }

    @Override
    void extraStats(Simulation sim, Map<String, Double> out) {
        long lookups = metrics.hits + metrics.misses;
        out.put("hits", (double) metrics.hits);
        out.put("misses", (double) metrics.misses);
        out.put("hitRatio", lookups > 0 ? metrics.hits / (double) lookups : 0.0);
        out.put("entries", (double) cache.size());
        out.put("evictions", (double) cache.evictions);
        if (writeBack) {
            out.put("writeBacks", (double) writeBacks);
            out.put("writeBackLost", (double) writeBackLost);
        }
    }
}
