package org.archsim.sim.run;

import org.archsim.model.Component;
import org.archsim.sim.engine.RequestTable;

/**
 * A CDN edge: a {@link CacheNode} in front of its origin links that caches only reads of its static endpoints
 * ({@code staticEndpoints}, comma-separated; empty = every read). Cacheable reads are answered at the edge on a hit,
 * forwarded to the origin on a miss and filled on return; everything else passes through to the origin. Entries are
 * keyed by endpoint and key, so the same key under two endpoints is two objects.
 */
final class CdnNode extends CacheNode {

    private final boolean[] staticEndpoint;
    private final boolean allReads;

    CdnNode(Simulation sim, int index, Component c, Topology topology) {
        super(sim, index, c);
        String list = c.textParam("staticEndpoints").trim();
        this.allReads = list.isEmpty();
        int max = 0;
        String[] names = list.isEmpty() ? new String[0] : list.split(",");
        int[] ids = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            ids[i] = topology.endpointId(names[i].trim());
            max = Math.max(max, ids[i]);
        }
        this.staticEndpoint = new boolean[max + 1];
        for (int id : ids) {
            staticEndpoint[id] = true;
        }
    }

    @Override
    boolean cacheable(Simulation sim, int call) {
        RequestTable t = sim.table();
        if (t.type(call) != RequestTable.READ) {
            return false;
        }
        int ep = t.endpoint(call);
        return allReads || (ep < staticEndpoint.length && staticEndpoint[ep]);
    }

    @Override
    long cacheKey(Simulation sim, int call) {
        return ((long) sim.table().endpoint(call) << 40) | sim.table().key(call);
    }
}
