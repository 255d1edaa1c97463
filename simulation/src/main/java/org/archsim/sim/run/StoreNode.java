package org.archsim.sim.run;

import org.archsim.model.Component;

/**
 * A part that answers from its own work and calls nothing downstream per request: databases, blob storage, and
 * (until their own behaviours land) caches, CDNs and queues. Outgoing links of a database to its replicas carry
 * replication, not calls.
 */
class StoreNode extends Node {

    StoreNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
    }

    @Override
    void afterService(Simulation sim, int call) {
        sim.complete(call);
    }
}
