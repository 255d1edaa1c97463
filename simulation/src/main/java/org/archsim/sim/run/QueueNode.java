package org.archsim.sim.run;

import java.util.Map;
import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.metrics.LatencyRecorder;
import org.archsim.sim.random.RandomStream;

/**
 * A message queue (broker). Producer side: a call is a station visit of {@code enqueueMs} (the broker stores the
 * message), then the producer is acknowledged at once; it never waits for processing. A full queue refuses the
 * message with {@code QUEUE_FULL} (backpressure to the producer).
 *
 * <p>Consumer side: each outgoing link is a consumer group. A stored message is a request handle of its own (a
 * root-like call held at this part, {@code parent == NONE}, {@code hop == this part}) kept in a ring buffer; it is
 * delivered with {@link Simulation#callOut} over a group's link, so the worker's answer comes back to
 * {@link #childDone} here — the consumer's call chain ends at the queue, not at a client. Consumers pull: a group takes
 * a message only while its calls in flight are below the target's {@link Node#capacity()} (workers × instances) and
 * the target is up. {@code competing}: one shared backlog, each message goes to one group (round robin among the
 * groups with a free worker). {@code fan-out}: every group has its own backlog and gets a copy of each message.
 *
 * <p>Failures: a failed delivery (the consumer or its downstream failed, a timeout, or a poison message — a fraction
 * {@code poisonRatio} of messages that always fail after being processed) goes back to the tail of its backlog, up to
 * {@code maxRetries} redeliveries; then it is dead-lettered ({@code deadLetter}: counted in {@code deadLettered} and as
 * a {@code dead-lettered} error of this part) or dropped (counted in {@code dropped} and as a downstream error).
 * Redeliveries bypass the capacity check: the message is already stored.
 *
 * <p>Depth: messages waiting for delivery (not those in flight). In fan-out mode a message is held until every group
 * has taken it, so depth is the deepest group's backlog; capacity bounds depth. The part's {@code meanQueueLength}
 * is the time-average depth. Its {@code latency} stays the producer-side sojourn (enqueue time); the end-to-end
 * processing time of a message (stored → acknowledged by its consumer) is reported as {@code processingMeanMs} /
 * {@code processingP50Ms} / {@code processingP95Ms} / {@code processingP99Ms}.
 */
final class QueueNode extends Node {

    private final int capacityMsgs;
    private final long enqueueUs;
    private final boolean fanOut;
    private final int maxRetries;
    private final boolean deadLetter;
    private final double poisonRatio;
    private final RandomStream poisonRng;
    /** Competing: one shared backlog; fan-out: one per group. Never empty (a queue without consumers keeps ring 0). */
    private final IntRing[] backlog;
    private final int[] inFlight;
    private int cursor;
    private boolean pumping;

    private long enqueued;
    private long delivered;
    private long acked;
    private long redelivered;
    private long deadLettered;
    private long dropped;
    private long waitSumUs;
    private final LatencyRecorder processing = new LatencyRecorder();

    QueueNode(Simulation sim, int index, Component c, int[] out) {
        super(sim, index, c);
        this.out = out;
        this.capacityMsgs = c.intParam("capacity");
        this.enqueueUs = Math.round(c.doubleParam("enqueueMs") * 1000);
        this.fanOut = c.textParam("delivery").equals("fan-out");
        this.maxRetries = c.intParam("maxRetries");
        this.deadLetter = c.boolParam("deadLetter");
        this.poisonRatio = c.doubleParam("poisonRatio");
        this.poisonRng = sim.streams().stream("poison/" + id);
        this.backlog = new IntRing[fanOut ? Math.max(1, out.length) : 1];
        for (int g = 0; g < backlog.length; g++) {
            backlog[g] = new IntRing();
        }
        this.inFlight = new int[out.length];
    }

    @Override
    long extraServiceUs(Simulation sim, int call) {
        return enqueueUs;
    }

    /** Messages waiting for delivery: the deepest backlog (see the class comment). */
    private int depth() {
        int d = 0;
        for (IntRing r : backlog) {
            d = Math.max(d, r.size());
        }
        return d;
    }

    private void depthChanged(Simulation sim) {
        metrics.waiting.set(sim.now(), depth());
    }

    /** The message is stored: acknowledge the producer, then hand it to free consumers. */
    @Override
    void afterService(Simulation sim, int call) {
        if (depth() >= capacityMsgs) {
            sim.fail(call, FailureReason.QUEUE_FULL, index);
            return;
        }
        boolean poison = poisonRatio > 0 && poisonRng.nextDouble() < poisonRatio;
        if (sim.measuring()) {
            enqueued++;
        }
        RequestTable t = sim.table();
        int copies = fanOut ? backlog.length : 1;
        for (int g = 0; g < copies; g++) {
            int m = t.allocate(sim.now());
            t.setKey(m, t.key(call));
            t.setType(m, t.type(call));
            t.setEndpoint(m, t.endpoint(call));
            t.setOrigin(m, t.origin(call));
            t.setHop(m, index);
            t.setNext(m, poison ? 1 : 0); // a message is in no station list: its next field carries the poison mark
            backlog[g].add(m);
        }
        depthChanged(sim);
        sim.complete(call);
        pump(sim);
    }

    /** Delivers waiting messages to every group that can take one now. Re-entrant calls are folded into the loop. */
    void pump(Simulation sim) {
        if (pumping || down || out.length == 0) {
            return;
        }
        pumping = true;
        try {
            if (fanOut) {
                for (int g = 0; g < out.length; g++) {
                    while (!backlog[g].isEmpty() && canTake(sim, g)) {
                        deliver(sim, g, backlog[g].poll());
                    }
                }
            } else {
                while (!backlog[0].isEmpty()) {
                    int g = pickGroup(sim);
                    if (g < 0) {
                        break;
                    }
                    deliver(sim, g, backlog[0].poll());
                }
            }
        } finally {
            pumping = false;
        }
    }

    private boolean canTake(Simulation sim, int g) {
        Node consumer = sim.topology().node(sim.topology().link(out[g]).to);
        return !consumer.down && inFlight[g] < consumer.capacity();
    }

    /** Competing delivery: the next group, round robin, that has a free worker; -1 if none. */
    private int pickGroup(Simulation sim) {
        for (int k = 0; k < out.length; k++) {
            int g = (cursor + k) % out.length;
            if (canTake(sim, g)) {
                cursor = (g + 1) % out.length;
                return g;
            }
        }
        return -1;
    }

    private void deliver(Simulation sim, int g, int m) {
        RequestTable t = sim.table();
        depthChanged(sim);
        if (sim.measuring()) {
            delivered++;
            waitSumUs += sim.now() - t.stampUs(m);
        }
        t.setAttempt(m, t.attempt(m) + 1);
        inFlight[g]++;
        sim.callOut(m, out[g]);
    }

    private int groupOf(int link) {
        for (int g = 0; g < out.length; g++) {
            if (out[g] == link) {
                return g;
            }
        }
        throw new IllegalStateException("link " + link + " is not a consumer group of " + id);
    }

    /** A consumer answered (acked) or failed a delivery of message {@code m}. */
    @Override
    void childDone(Simulation sim, int m, int link, boolean ok, FailureReason reason, int where) {
        RequestTable t = sim.table();
        int g = groupOf(link);
        inFlight[g]--;
        boolean poison = t.next(m) == 1;
        if (ok && !poison) {
            if (sim.measuring()) {
                acked++;
                processing.record(sim.now() - t.createdUs(m));
            }
            t.release(m);
        } else if (t.attempt(m) <= maxRetries) {
            if (sim.measuring()) {
                redelivered++;
            }
            t.setStampUs(m, sim.now());
            backlog[fanOut ? g : 0].add(m);
            depthChanged(sim);
        } else {
            giveUp(sim, m);
        }
        pump(sim);
    }

    private void giveUp(Simulation sim, int m) {
        if (sim.measuring()) {
            metrics.errors++;
            if (deadLetter) {
                deadLettered++;
                metrics.errorsByReason[FailureReason.DEAD_LETTERED.ordinal()]++;
            } else {
                dropped++;
                metrics.downstreamErrors++;
            }
        }
        sim.table().release(m);
    }

    @Override
    void recover(Simulation sim) {
        super.recover(sim);
        pump(sim);
    }

    @Override
    void extraStats(Simulation sim, Map<String, Double> out) {
        out.put("depth", (double) depth());
        out.put("meanDepth", metrics.waiting.average(sim.now()));
        out.put("maxDepth", metrics.waiting.max());
        out.put("enqueued", (double) enqueued);
        out.put("delivered", (double) delivered);
        out.put("acked", (double) acked);
        out.put("redelivered", (double) redelivered);
        out.put("deadLettered", (double) deadLettered);
        out.put("dropped", (double) dropped);
        out.put("meanWaitMs", delivered > 0 ? waitSumUs / (double) delivered / 1000 : 0);
        long oldest = 0;
        for (IntRing r : backlog) {
            if (!r.isEmpty()) {
                oldest = Math.max(oldest, sim.now() - sim.table().stampUs(r.peek()));
            }
        }
        out.put("oldestAgeMs", oldest / 1000.0);
        out.put("processingMeanMs", processing.meanMs());
        out.put("processingP50Ms", processing.percentileMs(50));
        out.put("processingP95Ms", processing.percentileMs(95));
        out.put("processingP99Ms", processing.percentileMs(99));
    }
}
