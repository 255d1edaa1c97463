package org.archsim.sim.run;

import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.engine.Engine;
import org.archsim.sim.engine.EventHandler;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
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
    /** The earliest timeout pending on a link (the event's first payload is the link, not a call) is due. */
    static final int LINK_TIMEOUT = 6;
    /** Parent of a child call whose caller has given up on it. */
    static final int ORPHAN = -2;
    /** Parent of a client's request on its first hop: the request itself travels, and its caller is its client. */
    static final int CLIENT = -3;
    /** Without a configured timeout a lost or hanging call still ends after this long (a default socket timeout). */
    static final long DEFAULT_CALL_TIMEOUT_US = 30_000_000L;
    static final int PRIORITY_REQUEST = 10;

    private final Design design;
    private final Scenario scenario;
    private final Engine engine = new Engine(4096);
    private final RequestTable table = new RequestTable(4096);
    private final RandomStreams streams;
    private final long warmupUs;
    private final long durationUs;
    private final int handler;
    private final Topology topology;
    private final CallRouter calls;
    private final SystemMetrics system;
    private final Autoscaler autoscaler;
    private final ScenarioDriver driver;
    private final long startedNanos = System.nanoTime();
    private long wallNanos;
    /** Follows sampled requests for a listener or traces; null (one check on the hot path) when nobody observes. */
    Observer observer;
    private Observer observerConfig;

    /** Prepares a run; nothing happens until {@link #runUntil(long)} or {@link #run()}. */
    public Simulation(Design design, Scenario scenario) {
        this.design = design.copy();
        this.scenario = scenario;
        this.streams = new RandomStreams(scenario.seed());
        this.warmupUs = Math.round(scenario.warmupS() * 1e6);
        this.durationUs = Math.round(scenario.durationS() * 1e6);
        this.handler = engine.register(this::handle);
        this.topology = new Topology(this, this.design);
        this.calls = new CallRouter(this, handler);
        this.system = new SystemMetrics(topology.endpoints());
        topology.start(this);
        this.autoscaler = new Autoscaler(this);
        autoscaler.start();
        this.driver = new ScenarioDriver(this, scenario);
        driver.start();
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

    // ---- live changes -------------------------------------------------------------------------------------------

    /**
     * Starts fault {@code f} at the current simulated time, whatever its {@code atS} (a live injection); with a
     * duration it ends that long after now. Deterministic: the same calls at the same simulated times give the same
     * run, so a live session can be replayed by repeating them.
     */
    public void inject(org.archsim.model.scenario.Fault f) {
        driver.inject(f);
    }

    /** Ends the effect of {@code f} now: a crashed part recovers, a slowed part returns to its normal speed... */
    public void clear(org.archsim.model.scenario.Fault f) {
        driver.clear(f);
    }

    /** Multiplies every client's rate by {@code multiplier} from now on, on top of the scenario's load profile. */
    public void setLiveLoad(double multiplier) {
        if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("load multiplier must be ≥ 0, was " + multiplier);
        }
        driver.setLiveLoad(multiplier);
    }

    /** Every part's state at this instant, in document order of the design's parts (for live views). */
    public List<org.archsim.sim.observe.PartNow> partsNow() {
        return PartsNow.of(topology, engine.now());
    }

    // ---- observing ----------------------------------------------------------------------------------------------

    /**
     * Chooses which root requests are observed: every {@code everyK}-th request sent (ids 1, 2, ... in sending order
     * over all clients), at most {@code maxPerSecond} per simulated second. Default: every 100th, at most 1000 per
     * second. Deterministic: the same run samples the same requests.
     */
    public void sample(int everyK, int maxPerSecond) {
        observerConfig().sample(everyK, maxPerSecond);
    }

    /** Delivers the messages of sampled requests to {@code listener} (at most one; null stops). */
    public void setListener(org.archsim.sim.observe.SimListener listener) {
        observerConfig().listener = listener;
        observer = observerConfig.active() ? observerConfig : null;
    }

    /** Keeps the traces of the last {@code keep} sampled requests that ended (0 stops tracing). */
    public void setTracing(int keep) {
        observerConfig().keepTraces(keep);
        observer = observerConfig.active() ? observerConfig : null;
    }

    /** The kept traces, oldest first (immutable). */
    public List<org.archsim.sim.observe.RequestTrace> traces() {
        return observerConfig == null ? List.of() : observerConfig.traces();
    }

    private Observer observerConfig() {
        if (observerConfig == null) {
            observerConfig = new Observer(this);
        }
        return observerConfig;
    }

    /** Client requests sent and not yet ended (answered, failed or timed out at their client). */
    public long inFlight() {
        long n = 0;
        for (Node node : topology.nodes()) {
            if (node instanceof ClientNode c) {
                n += c.inFlight();
            }
        }
        return n;
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
        if (type == LINK_TIMEOUT) {
            calls.linkTimeouts(topology.link(call));
            return;
        }
        if (!table.isCurrent(call, gen)) {
            return; // the request ended (e.g. a timeout for a call that was answered)
        }
        switch (type) {
            case ARRIVE -> {
                Node target = topology.node(table.hop(call));
                target.arrive(this, call);
            }
            case SERVICE_DONE -> topology.node(table.hop(call)).serviceDone(this, call);
            case RESPONSE -> calls.response(call);
            case TIMEOUT -> calls.timeout(call);
            case RETRY -> {
                Node at = topology.node(table.hop(call));
                if (at instanceof CallerNode caller) {
                    caller.retry(this, call);
                }
            }
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    // ---- calls (routed by CallRouter) ---------------------------------------------------------------------------

    /**
     * Sends a child call for {@code call} over link {@code linkIdx}. Failures that happen before anything is sent
     * (an open circuit breaker, a full bulkhead) are reported to the caller at once.
     */
    void callOut(int call, int linkIdx) {
        calls.callOut(call, linkIdx);
    }

    /** Sends a client's request itself over its first link (see {@link CallRouter#sendFromClient}). */
    void sendFromClient(int request, int linkIdx) {
        calls.sendFromClient(request, linkIdx);
    }

    /** {@code call} has been answered successfully by its current part. */
    void complete(int call) {
        calls.complete(call);
    }

    /** {@code call} fails at its current part for {@code reason}, which originated at part {@code where}. */
    void fail(int call, FailureReason reason, int where) {
        calls.fail(call, reason, where);
    }

    /** Like {@link #fail} for a failure that came from downstream (counted apart at this part). */
    void failDownstream(int call, FailureReason reason, int where) {
        calls.failDownstream(call, reason, where);
    }

    /** Every part's runtime state, for reports and views. */
    List<Node> nodes() {
        return topology.nodes();
    }

    Scenario scenario() {
        return scenario;
    }
}
