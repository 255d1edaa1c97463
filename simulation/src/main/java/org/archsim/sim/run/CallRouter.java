package org.archsim.sim.run;

import org.archsim.sim.engine.Engine;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;

/**
 * How calls move between parts for a {@link Simulation}: sending over a link (circuit breaker, bulkhead, loss,
 * partition, latency and jitter, zero-latency hops inline), link timeouts (one timer per link), answers travelling
 * back over the same link, and orphaning when a caller gives up. Parts reach it through the simulation's
 * {@code callOut}, {@code complete}, {@code fail} and {@code failDownstream}; the simulation's event handler hands it
 * the RESPONSE, TIMEOUT and LINK_TIMEOUT events.
 */
final class CallRouter {

    private final Simulation sim;
    private final Engine engine;
    private final RequestTable table;
    private final Topology topology;
    private final int handler;

    CallRouter(Simulation sim, int handler) {
        this.sim = sim;
        this.engine = sim.engine();
        this.table = sim.table();
        this.topology = sim.topology();
        this.handler = handler;
    }

    /**
     * Sends a child call for {@code call} over link {@code linkIdx}. Failures that happen before anything is sent
     * (an open circuit breaker, a full bulkhead) are reported to the caller at once.
     */
    void callOut(int call, int linkIdx) {
        LinkRt l = topology.link(linkIdx);
        if (!admit(call, l)) {
            return;
        }
        int child = table.allocate(engine.now());
        table.setKey(child, table.key(call));
        table.setType(child, table.type(call));
        table.setEndpoint(child, table.endpoint(call));
        table.setOrigin(child, table.origin(call));
        table.setParent(child, call);
        if (sim.observer != null) {
            sim.observer.child(call, child);
        }
        send(child, l);
    }

    /**
     * Sends a client's request itself over its first link: the request is its own first hop (parent
     * {@link Simulation#CLIENT}), so a request in flight costs one handle, not two. Its answer comes back to the
     * client over the same link.
     */
    void sendFromClient(int request, int linkIdx) {
        LinkRt l = topology.link(linkIdx);
        if (admit(request, l)) {
            table.setParent(request, Simulation.CLIENT);
            send(request, l);
        }
    }

    /** The checks made before anything is sent; a refused call is answered to its caller at once. */
    private boolean admit(int call, LinkRt l) {
        long now = engine.now();
        if (l.breaker != null && !l.breaker.allow(now)) {
            topology.node(l.from).childDone(sim, call, l.index, false, FailureReason.CIRCUIT_OPEN, l.from);
            return false;
        }
        if (l.bulkhead > 0 && l.inFlight >= l.bulkhead) {
            topology.node(l.from).childDone(sim, call, l.index, false, FailureReason.BULKHEAD_FULL, l.from);
            return false;
        }
        return true;
    }

    /** Puts {@code child} on link {@code l}: lost, or on its way (arriving inline when the hop takes no time). */
    private void send(int child, LinkRt l) {
        int linkIdx = l.index;
        table.setVia(child, linkIdx);
        table.setHop(child, l.to);
        table.setNext(child, Node.QUEUED);
        l.inFlight++;
        RandomStream rng = topology.linkRng(linkIdx);
        FailureReason lost = l.partitioned ? FailureReason.NETWORK_PARTITION
                : (l.hanging ? FailureReason.TIMED_OUT
                : (l.loss() > 0 && rng.nextDouble() < l.loss() ? FailureReason.PACKET_LOST : null));
        if (lost != null) {
            // The message never arrives: the caller learns of it only when its timeout fires.
            table.setFailure(child, lost);
            table.setHop(child, RequestTable.NONE);
            if (sim.observer != null) {
                sim.observer.sent(child, l, -1);
            }
            armTimeout(l, child);
            return;
        }
        if (l.timeoutUs > 0) {
            armTimeout(l, child);
        }
        long delay = networkDelay(l, rng);
        if (sim.observer != null) {
            sim.observer.sent(child, l, delay);
        }
        if (delay == 0) {
            // A zero-latency hop needs no event: arriving now, inline, is the same instant and keeps order.
            topology.node(l.to).arrive(sim, child);
        } else {
            sim.scheduleCall(delay, Simulation.ARRIVE, child);
        }
    }

    /** {@code child} times out after the link's timeout unless it ends first. */
    private void armTimeout(LinkRt l, int child) {
        if (l.timeouts.add(child, table.generation(child), engine.now() + l.effectiveTimeoutUs)) {
            l.timeouts.armed = true;
            engine.scheduleAfter(l.effectiveTimeoutUs, Simulation.PRIORITY_REQUEST, handler, Simulation.LINK_TIMEOUT,
                    l.index, 0);
        }
    }

    /** Runs every timeout due on {@code l}, then sets the link's timer for the next call still waiting. */
    void linkTimeouts(LinkRt l) {
        // Stay armed while running the due timeouts: a retry sent meanwhile must not schedule a second timer.
        long now = engine.now();
        for (int child = l.timeouts.pollDue(table, now); child >= 0; child = l.timeouts.pollDue(table, now)) {
            timeout(child);
        }
        long next = l.timeouts.skipEnded(table);
        if (next >= 0) {
            engine.schedule(next, Simulation.PRIORITY_REQUEST, handler, Simulation.LINK_TIMEOUT, l.index, 0);
        } else {
            l.timeouts.armed = false;
        }
    }

    private static long networkDelay(LinkRt l, RandomStream rng) {
        return l.jitterUs > 0 ? l.latencyUs + (long) (rng.nextDouble() * l.jitterUs) : l.latencyUs;
    }

    /** {@code call} has been answered successfully by its current part. */
    void complete(int call) {
        Node at = topology.node(table.hop(call));
        if (sim.measuring()) {
            at.metrics.completed++;
        }
        at.leave(sim, call);
        answer(call);
    }

    /** {@code call} fails at its current part for {@code reason}, which originated at part {@code where}. */
    void fail(int call, FailureReason reason, int where) {
        Node at = topology.node(table.hop(call));
        if (sim.measuring()) {
            at.metrics.errors++;
            at.metrics.errorsByReason[reason.ordinal()]++;
        }
        markFailed(call, reason, where, at);
    }

    /** Like {@link #fail} for a failure that came from downstream (counted apart at this part). */
    void failDownstream(int call, FailureReason reason, int where) {
        Node at = topology.node(table.hop(call));
        if (sim.measuring()) {
            at.metrics.errors++;
            at.metrics.downstreamErrors++;
        }
        markFailed(call, reason, where, at);
    }

    private void markFailed(int call, FailureReason reason, int where, Node at) {
        table.setFailure(call, reason);
        table.setFailAt(call, where);
        at.leave(sim, call);
        answer(call);
    }

    /** Sends the answer of a finished call back to its caller, or ends a root request at its client. */
    private void answer(int call) {
        int parent = table.parent(call);
        if (parent == Simulation.ORPHAN) {
            table.release(call);
            return;
        }
        if (parent == RequestTable.NONE) {
            topology.node(table.hop(call)).childDone(sim, call, -1, table.failure(call) == FailureReason.NONE,
                    table.failure(call), table.failAt(call));
            return;
        }
        LinkRt l = topology.link(table.via(call));
        if (sim.observer != null) {
            sim.observer.ended(call, l);
        }
        long delay = networkDelay(l, topology.linkRng(l.index));
        if (delay == 0) {
            response(call);
        } else {
            sim.scheduleCall(delay, Simulation.RESPONSE, call);
        }
    }

    void response(int child) {
        int parent = table.parent(child);
        if (parent == Simulation.ORPHAN) {
            table.release(child);
            return;
        }
        LinkRt l = topology.link(table.via(child));
        boolean ok = table.failure(child) == FailureReason.NONE;
        FailureReason reason = table.failure(child);
        int where = table.failAt(child);
        l.inFlight--;
        if (l.breaker != null) {
            l.breaker.record(engine.now(), ok);
        }
        if (sim.observer != null) {
            sim.observer.answered(child, reason, where);
        }
        if (parent == Simulation.CLIENT) {
            topology.node(l.from).childDone(sim, child, l.index, ok, reason, where); // the client ends it
            return;
        }
        table.release(child);
        topology.node(table.hop(parent)).childDone(sim, parent, l.index, ok, reason, where);
    }

    void timeout(int child) {
        int parent = table.parent(child);
        if (parent < 0 && parent != Simulation.CLIENT) {
            return; // already orphaned or a root request
        }
        LinkRt l = topology.link(table.via(child));
        l.inFlight--;
        if (l.breaker != null) {
            l.breaker.record(engine.now(), false);
        }
        // A message lost on the way is reported by its real cause; one that arrived simply took too long.
        FailureReason reason = FailureReason.TIMED_OUT;
        if (sim.observer != null) {
            sim.observer.answered(child, table.hop(child) == RequestTable.NONE ? table.failure(child) : reason, l.to);
        }
        if (parent == Simulation.CLIENT) {
            // The client gives up on its own request; if it is still being worked on it goes on as an orphan.
            ClientNode client = (ClientNode) topology.node(l.from);
            boolean lost = table.hop(child) == RequestTable.NONE;
            client.ended(sim, child, false, lost ? table.failure(child) : reason, l.to);
            if (lost) {
                table.release(child);
            } else {
                table.setParent(child, Simulation.ORPHAN);
            }
            return;
        }
        if (table.hop(child) == RequestTable.NONE) {
            reason = table.failure(child);
            table.release(child);
        } else {
            table.setParent(child, Simulation.ORPHAN);
        }
        topology.node(table.hop(parent)).childDone(sim, parent, l.index, false, reason, l.to);
    }
}
