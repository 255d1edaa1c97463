package org.archsim.sim.run;

import org.archsim.model.Component;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;

/**
 * DNS in the request path: only the first request of a session (probability 1 / the client's
 * {@code requestsPerSession}) pays a lookup at this part; the others pass straight through. The session (the
 * request's key) sticks to one of the DNS targets, spreading users over, say, two load balancers.
 */
final class DnsNode extends CallerNode {

    private final RandomStream lookupRng;

    DnsNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
        this.lookupRng = sim.streams().stream("lookup/" + id);
    }

    @Override
    void arrive(Simulation sim, int call) {
        RequestTable t = sim.table();
        ClientNode client = (ClientNode) sim.topology().node(t.origin(call));
        if (lookupRng.nextDouble() * client.requestsPerSession() < 1.0 || down) {
            super.arrive(sim, call);
            return;
        }
        t.setHop(call, index);
        t.setStampUs(call, sim.now());
        t.setNext(call, 0);
        // The client reuses a cached answer: no worker is taken (DNS never holds one), the request just moves on.
        afterService(sim, call);
    }

    @Override
    int nextLink(Simulation sim, int call) {
        RequestTable t = sim.table();
        if (t.next(call) != 0 || out.length == 0) {
            t.setNext(call, out.length);
            return -1;
        }
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (sim.topology().link(out[i]).accepts(t.type(call), t.endpoint(call))) {
                n++;
            }
        }
        if (n == 0) {
            t.setNext(call, out.length);
            return -1;
        }
        int pick = (int) Math.floorMod(t.key(call) * 0x9E3779B97F4A7C15L >>> 17, (long) n);
        for (int i = 0; i < out.length; i++) {
            if (sim.topology().link(out[i]).accepts(t.type(call), t.endpoint(call)) && pick-- == 0) {
                t.setNext(call, i + 1);
                return out[i];
            }
        }
        return -1;
    }
}
