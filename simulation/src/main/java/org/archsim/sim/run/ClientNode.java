package org.archsim.sim.run;

import java.util.List;
import java.util.Map;
import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;
import org.archsim.sim.random.ZipfSampler;

/**
 * Users that send requests: open arrivals at {@code rps} × the scenario's load multiplier (Poisson or evenly spaced),
 * or a closed population that thinks, sends, and waits for each answer. Each request gets a type (read with
 * probability {@code readRatio}), an endpoint drawn by the endpoint weights and a key drawn from a Zipf law over the
 * key space. It goes out over one matching link (round robin among several); its answer ends it here, where the
 * end-to-end figures are recorded.
 */
final class ClientNode extends Node {

    private static final int ARRIVAL = 1;
    private static final int THINK_DONE = 2;

    private final String arrivals;
    private final boolean closed;
    private final boolean constant;
    private final double rps;
    private final int population;
    private final double thinkMeanUs;
    private final double readRatio;
    private final double[] endpointCdf;
    private final int[] endpointIds;
    private final ZipfSampler keys;
    final long deadlineUs;
    private final int requestsPerSession;
    private final RandomStream arrivalRng;
    private final RandomStream mixRng;
    private final RandomStream keyRng;
    private final int handler;
    private double multiplier = 1.0;
    private int epoch;
    private long inFlight;
    /** Closed-population users whose think time ended while the client was down; they send again on recovery. */
    private int parked;
    private final EndpointRouter router = new EndpointRouter();

    ClientNode(Simulation sim, int index, Component c, Topology topology) {
        super(sim, index, c);
        this.arrivals = c.textParam("arrivals");
        this.closed = arrivals.equals("closed");
        this.constant = arrivals.equals("constant");
        this.rps = c.doubleParam("rps");
        this.population = c.intParam("population");
        this.thinkMeanUs = c.doubleParam("thinkTimeMs") * 1000;
        this.readRatio = c.doubleParam("readRatio");
        Map<String, Double> weights = c.weightsParam("endpoints");
        List<String> names = List.copyOf(weights.keySet());
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        this.endpointCdf = new double[names.size()];
        this.endpointIds = new int[names.size()];
        double acc = 0;
        for (int i = 0; i < names.size(); i++) {
            acc += total > 0 ? weights.get(names.get(i)) / total : 1.0 / names.size();
            endpointCdf[i] = acc;
            endpointIds[i] = topology.endpointId(names.get(i));
        }
        this.keys = new ZipfSampler(c.intParam("keySpace"), c.doubleParam("zipfS"));
        this.deadlineUs = Math.round(c.doubleParam("deadlineMs") * 1000);
        this.requestsPerSession = c.intParam("requestsPerSession");
        this.arrivalRng = sim.streams().stream("arrivals/" + id);
        this.mixRng = sim.streams().stream("mix/" + id);
        this.keyRng = sim.streams().stream("keys/" + id);
        this.handler = sim.engine().register((e, type, a, b) -> handle(sim, type, a));
    }

    /** Requests sent and not yet ended. */
    long inFlight() {
        return inFlight;
    }

    /** Requests a user sends per session (DNS looks up once per session). */
    int requestsPerSession() {
        return requestsPerSession;
    }

    /** Schedules the first arrivals. */
    void start(Simulation sim) {
        if (arrivals.equals("closed")) {
            for (int u = 0; u < population; u++) {
                scheduleThink(sim);
            }
        } else {
            scheduleNextArrival(sim);
        }
    }

    /** The scenario changes the load; open arrivals restart from now at the new rate (Poisson is memoryless). */
    void setMultiplier(Simulation sim, double m) {
        if (m == multiplier) {
            return;
        }
        multiplier = m;
        if (!arrivals.equals("closed")) {
            epoch++;
            scheduleNextArrival(sim);
        }
    }

    private void scheduleNextArrival(Simulation sim) {
        double rate = rps * multiplier;
        if (rate <= 0) {
            return;
        }
        double meanUs = 1e6 / rate;
        double gap = constant ? meanUs : arrivalRng.nextExponential(meanUs);
        sim.engine().scheduleAfter(Math.max(1, Math.round(gap)), 5, handler, ARRIVAL, epoch, 0);
    }

    private void scheduleThink(Simulation sim) {
        long think = thinkMeanUs > 0 ? Math.round(arrivalRng.nextExponential(thinkMeanUs)) : 0;
        sim.engine().scheduleAfter(think, 5, handler, THINK_DONE, 0, 0);
    }

    private void handle(Simulation sim, int type, int a) {
        if (type == ARRIVAL) {
            if (a != epoch) {
                return; // superseded by a load change
            }
            scheduleNextArrival(sim);
        }
        if (down) {
            // A lost zone's users are gone: nothing is sent. Open arrivals keep their clock (so the draws after a
            // recovery do not depend on how long the loss lasted); closed users wait for the recovery.
            if (closed) {
                parked++;
            }
            return;
        }
        send(sim);
    }

    /** The zone (or the client) is back: parked closed-population users start thinking again. */
    @Override
    void recover(Simulation sim) {
        super.recover(sim);
        for (; parked > 0; parked--) {
            scheduleThink(sim);
        }
    }

    private void send(Simulation sim) {
        RequestTable t = sim.table();
        int root = t.allocate(sim.now());
        inFlight++;
        t.setOrigin(root, index);
        t.setHop(root, index);
        t.setType(root, mixRng.nextDouble() < readRatio ? RequestTable.READ : RequestTable.WRITE);
        t.setEndpoint(root, pickEndpoint());
        t.setKey(root, keys.sample(keyRng) - 1);
        t.setNext(root, 0);
        if (sim.measuring()) {
            metrics.arrivals++;
        }
        if (sim.observer != null) {
            sim.observer.root(root, index);
        }
        int link = pickLink(sim, t.type(root), t.endpoint(root));
        if (link < 0) {
            t.setFailure(root, FailureReason.NO_ROUTE);
            t.setFailAt(root, index);
            childDone(sim, root, -1, false, FailureReason.NO_ROUTE, index);
            return;
        }
        sim.sendFromClient(root, link);
    }

    private int pickEndpoint() {
        if (endpointCdf.length == 1) {
            return endpointIds[0];
        }
        double r = mixRng.nextDouble();
        for (int i = 0; i < endpointCdf.length; i++) {
            if (r < endpointCdf[i]) {
                return endpointIds[i];
            }
        }
        return endpointIds[endpointIds.length - 1];
    }

    private int pickLink(Simulation sim, byte type, int endpoint) {
        int pos = router.choose(sim.topology(), out, type, endpoint);
        return pos < 0 ? -1 : out[pos];
    }

    @Override
    void afterService(Simulation sim, int call) {
        throw new IllegalStateException("clients do not serve requests");
    }

    /** The root request's answer is back (or it failed before leaving): record it end to end and let it go. */
    @Override
    void childDone(Simulation sim, int root, int link, boolean ok, FailureReason reason, int where) {
        ended(sim, root, ok, reason, where);
        sim.table().release(root);
    }

    /** The request ends for this client (answered, failed or given up on); the caller releases or orphans it. */
    void ended(Simulation sim, int root, boolean ok, FailureReason reason, int where) {
        RequestTable t = sim.table();
        if (sim.observer != null) {
            sim.observer.rootEnded(root, ok, reason, where);
        }
        if (sim.measuring()) {
            long latency = sim.now() - t.createdUs(root);
            sim.system().record(t.endpoint(root), ok, latency, deadlineUs, reason, where);
            if (ok) {
                metrics.completed++;
                metrics.latency.record(latency);
            } else {
                metrics.errors++;
                metrics.errorsByReason[reason.ordinal()]++;
            }
        }
        inFlight--;
        if (closed) {
            scheduleThink(sim);
        }
    }
}
