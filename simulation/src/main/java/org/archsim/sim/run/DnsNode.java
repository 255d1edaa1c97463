package org.archsim.sim.run;

import org.archsim.model.Component;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;

/**
 * DNS in the request path: only the first request of a session (probability 1 / the client's
 * {@code requestsPerSession}) pays a lookup at this part; the others pass straight through. The session (the
 * request's key) sticks to one of the DNS targets, spreading users over, say, two load balancers.
 *
 * <p>Failover: DNS checks its targets every {@link #CHECK_INTERVAL_US} (5 s, from a random phase; one failed check
 * takes a target out of its answers, one passed check puts it back) and answers only with targets that were up at its
 * last check. A session whose target is believed down moves to a healthy one (its client's connections fail, so it
 * looks the name up again); sessions on healthy targets stay where they are. When every target is believed down, DNS
 * answers with all of them (there is nothing better to offer). So after a balancer crashes, it stops receiving
 * sessions within one check interval.
 */
final class DnsNode extends CallerNode {

    /** Health-check period: a few seconds, independent of {@code ttlS} (which is often minutes). */
    static final long CHECK_INTERVAL_US = 5_000_000L;

    private final RandomStream lookupRng;
    /** Per position in {@link #out}: whether the target passed the last check. */
    private boolean[] up;
    private final int checkHandler;

    DnsNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
        this.lookupRng = sim.streams().stream("lookup/" + id);
        this.checkHandler = sim.engine().register((e, type, a, b) -> check(sim));
        RandomStream phase = sim.streams().stream("health/" + id);
        sim.engine().schedule((long) (phase.nextDouble() * CHECK_INTERVAL_US), 0, checkHandler, 0, 0, 0);
    }

    /** One round of checks: the truth is whether each target is up and reachable over its link. */
    private void check(Simulation sim) {
        boolean[] view = up();
        for (int i = 0; i < out.length; i++) {
            LinkRt l = sim.topology().link(out[i]);
            view[i] = !sim.topology().node(l.to).down && !l.partitioned;
        }
        sim.engine().scheduleAfter(CHECK_INTERVAL_US, 0, checkHandler, 0, 0, 0);
    }

    private boolean[] up() {
        if (up == null || up.length != out.length) {
            up = new boolean[out.length];
            java.util.Arrays.fill(up, true);
        }
        return up;
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
        boolean[] view = up();
        int n = 0;
        int healthy = 0;
        for (int i = 0; i < out.length; i++) {
            if (sim.topology().link(out[i]).accepts(t.type(call), t.endpoint(call))) {
                n++;
                if (view[i]) {
                    healthy++;
                }
            }
        }
        if (n == 0) {
            t.setNext(call, out.length);
            return -1;
        }
        long hash = t.key(call) * 0x9E3779B97F4A7C15L >>> 17;
        int pos = pick(sim, call, (int) Math.floorMod(hash, (long) n), false);
        if (!view[pos] && healthy > 0) {
            // The session's target is believed down: move it to one of the healthy targets, chosen by the same key.
            pos = pick(sim, call, (int) Math.floorMod(hash, (long) healthy), true);
        }
        t.setNext(call, pos + 1);
        return out[pos];
    }

    /** Position in {@link #out} of the {@code k}-th target accepting the call (only healthy ones if asked). */
    private int pick(Simulation sim, int call, int k, boolean healthyOnly) {
        RequestTable t = sim.table();
        for (int i = 0; i < out.length; i++) {
            if (sim.topology().link(out[i]).accepts(t.type(call), t.endpoint(call))
                    && (!healthyOnly || up[i]) && k-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no target " + k);
    }
}
