package org.archsim.sim.run;

import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.engine.Engine;
import org.archsim.sim.engine.EventHandler;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;
import org.archsim.sim.random.RandomStreams;

/**
 * One run of a design under a scenario: builds the runtime parts from the design, then moves requests through them
 * on a passive {@link Engine}. Single-threaded; the owner calls {@link #runUntil(long)} (in steps, for live views) or
 * {@link #run()}, and reads immutable reports with {@link #report()}.
 *
 * <p>Determinism: same design, scenario and seed give identical results. Every random draw comes from a stream named
 * for its purpose and part ({@code arrivals/users}, {@code service/db}, {@code route/lb}, {@code link/a->b}...), so
 * adding a part or a fault does not shift the numbers of unrelated streams.
 *
 * <p>Calls: a client's request is a root call held at the client; each hop is a child call with a parent pointer,
 * sent over a link (latency, jitter, loss, partition), served by the target part, and answered back over the same
 * link. A caller that times out orphans its child: the callee still does the work, but the answer is dropped.
 */
public final class Simulation {

    static final int ARRIVE = 1;
    static final int SERVICE_DONE = 2;
    static final int RESPONSE = 3;
    static final int TIMEOUT = 4;
    static final int RETRY = 5;
    /** Parent of a child call whose caller has given up on it. */
    static final int ORPHAN = -2;
    /** Without a configured timeout a lost or hanging call still ends after this long (a default socket timeout). */
    static final long DEFAULT_CALL_TIMEOUT_US = 30_000_000L;
    private static final int PRIORITY_REQUEST = 10;

    private final Design design;
    private final Scenario scenario;
    private final Engine engine = new Engine(4096);
    private final RequestTable table = new RequestTable(4096);
    private final RandomStreams streams;
    private final long warmupUs;
    private final long durationUs;
    private final int handler;
    private final Topology topology;
    private final SystemMetrics system;
    private final Autoscaler autoscaler;
    private final long startedNanos = System.nanoTime();
    private long wallNanos;

    /** Prepares a run; nothing happens until {@link #runUntil(long)} or {@link #run()}. */
    public Simulation(Design design, Scenario scenario) {
        this.design = design.copy();
        this.scenario = scenario;
        this.streams = new RandomStreams(scenario.seed());
        this.warmupUs = Math.round(scenario.warmupS() * 1e6);
        this.durationUs = Math.round(scenario.durationS() * 1e6);
        this.handler = engine.register(this::handle);
        this.topology = new Topology(this, this.design);
        this.system = new SystemMetrics(topology.endpoints());
        topology.start(this);
        this.autoscaler = new Autoscaler(this);
        autoscaler.start();
        new ScenarioDriver(this, scenario).start();
    }

    // ---- running ------------------------------------------------------------------------------------------------

    /** Runs events up to {@code timeUs} (capped at the scenario's end). */
    public void runUntil(long timeUs) {
        long t0 = System.nanoTime();
        engine.runUntil(Math.min(timeUs, durationUs));
        wallNanos += System.nanoTime() - t0;
    }

    /** Runs to the end of the scenario and returns the final report. */
    public SimulationReport run() {
        runUntil(durationUs);
        return report();
    }

    /** Whether the run has reached the end of its scenario. */
    public boolean finished() {
        return engine.now() >= durationUs;
    }

    /** An immutable report of everything measured so far. */
    public SimulationReport report() {
        return ReportBuilder.build(this);
    }

    /** Simulated time in µs. */
    public long now() {
        return engine.now();
    }

    public long durationUs() {
        return durationUs;
    }

    public long warmupUs() {
        return warmupUs;
    }

    /** Whether figures are being counted (warm-up is over). */
    boolean measuring() {
        return engine.now() >= warmupUs;
    }

    // ---- shared services for parts ------------------------------------------------------------------------------

    Engine engine() {
        return engine;
    }

    RequestTable table() {
        return table;
    }

    RandomStreams streams() {
        return streams;
    }

    Topology topology() {
        return topology;
    }

    SystemMetrics system() {
        return system;
    }

    Autoscaler autoscaler() {
        return autoscaler;
    }

    Design design() {
        return design;
    }

    long wallMs() {
        return wallNanos / 1_000_000;
    }

    /** Schedules a request event for {@code call} after {@code delayUs}, tagged with its generation. */
    void scheduleCall(long delayUs, int type, int call) {
        engine.scheduleAfter(delayUs, PRIORITY_REQUEST, handler, type, call, table.generation(call));
    }

    private void handle(Engine e, int type, int call, int gen) {
        if (!table.isCurrent(call, gen)) {
            return; // the request ended (e.g. a timeout for a call that was answered)
        }
        switch (type) {
            case ARRIVE -> {
                Node target = topology.node(table.hop(call));
                target.arrive(this, call);
            }
            case SERVICE_DONE -> topology.node(table.hop(call)).serviceDone(this, call);
            case RESPONSE -> response(call);
            case TIMEOUT -> timeout(call);
            case RETRY -> {
                Node at = topology.node(table.hop(call));
                if (at instanceof CallerNode caller) {
                    caller.retry(this, call);
                }
            }
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    // ---- calls ----------------------------------------------------------------------------------------------------

    /**
     * Sends a child call for {@code call} over link {@code linkIdx}. Failures that happen before anything is sent
     * (an open circuit breaker, a full bulkhead) are reported to the caller at once.
     */
    void callOut(int call, int linkIdx) {
        LinkRt l = topology.link(linkIdx);
        Node caller = topology.node(l.from);
        long now = engine.now();
        if (l.breaker != null && !l.breaker.allow(now)) {
            caller.childDone(this, call, linkIdx, false, FailureReason.CIRCUIT_OPEN, caller.index);
            return;
        }
        if (l.bulkhead > 0 && l.inFlight >= l.bulkhead) {
            caller.childDone(this, call, linkIdx, false, FailureReason.BULKHEAD_FULL, caller.index);
            return;
        }
        int child = table.allocate(now);
        table.setKey(child, table.key(call));
        table.setType(child, table.type(call));
        table.setEndpoint(child, table.endpoint(call));
        table.setOrigin(child, table.origin(call));
        table.setParent(child, call);
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
            scheduleCall(l.timeoutUs > 0 ? l.timeoutUs : DEFAULT_CALL_TIMEOUT_US, TIMEOUT, child);
            return;
        }
        if (l.timeoutUs > 0) {
            scheduleCall(l.timeoutUs, TIMEOUT, child);
        }
        long delay = networkDelay(l, rng);
        if (delay == 0) {
            // A zero-latency hop needs no event: arriving now, inline, is the same instant and keeps order.
            topology.node(l.to).arrive(this, child);
        } else {
            scheduleCall(delay, ARRIVE, child);
        }
    }

    private static long networkDelay(LinkRt l, RandomStream rng) {
        return l.jitterUs > 0 ? l.latencyUs + (long) (rng.nextDouble() * l.jitterUs) : l.latencyUs;
    }

    /** {@code call} has been answered successfully by its current part. */
    void complete(int call) {
        Node at = topology.node(table.hop(call));
        if (measuring()) {
            at.metrics.completed++;
        }
        at.leave(this, call);
        answer(call);
    }

    /** {@code call} fails at its current part for {@code reason}, which originated at part {@code where}. */
    void fail(int call, FailureReason reason, int where) {
        Node at = topology.node(table.hop(call));
        if (measuring()) {
            at.metrics.errors++;
            at.metrics.errorsByReason[reason.ordinal()]++;
        }
        markFailed(call, reason, where, at);
    }

    /** Like {@link #fail} for a failure that came from downstream (counted apart at this part). */
    void failDownstream(int call, FailureReason reason, int where) {
        Node at = topology.node(table.hop(call));
        if (measuring()) {
            at.metrics.errors++;
            at.metrics.downstreamErrors++;
        }
        markFailed(call, reason, where, at);
    }

    private void markFailed(int call, FailureReason reason, int where, Node at) {
        table.setFailure(call, reason);
        table.setFailAt(call, where);
        at.leave(this, call);
        answer(call);
    }

    /** Sends the answer of a finished call back to its caller, or ends a root request at its client. */
    private void answer(int call) {
        int parent = table.parent(call);
        if (parent == ORPHAN) {
            table.release(call);
            return;
        }
        if (parent == RequestTable.NONE) {
            topology.node(table.hop(call)).childDone(this, call, -1, table.failure(call) == FailureReason.NONE,
                    table.failure(call), table.failAt(call));
            return;
        }
        LinkRt l = topology.link(table.via(call));
        long delay = networkDelay(l, topology.linkRng(l.index));
        if (delay == 0) {
            response(call);
        } else {
            scheduleCall(delay, RESPONSE, call);
        }
    }

    private void response(int child) {
        int parent = table.parent(child);
        if (parent == ORPHAN) {
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
        table.release(child);
        topology.node(table.hop(parent)).childDone(this, parent, l.index, ok, reason, where);
    }

    private void timeout(int child) {
        int parent = table.parent(child);
        if (parent < 0) {
            return; // already orphaned or a root request
        }
        LinkRt l = topology.link(table.via(child));
        l.inFlight--;
        if (l.breaker != null) {
            l.breaker.record(engine.now(), false);
        }
        // A message lost on the way is reported by its real cause; one that arrived simply took too long.
        FailureReason reason = FailureReason.TIMED_OUT;
        if (table.hop(child) == RequestTable.NONE) {
            reason = table.failure(child);
            table.release(child);
        } else {
            table.setParent(child, ORPHAN);
        }
        topology.node(table.hop(parent)).childDone(this, parent, l.index, false, reason, l.to);
    }

    /** Every part's runtime state, for reports and views. */
    List<Node> nodes() {
        return topology.nodes();
    }

    Scenario scenario() {
        return scenario;
    }
}
