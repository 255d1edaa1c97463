package org.archsim.sim.run;

import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;
import org.archsim.sim.random.ServiceDistribution;

/**
 * A part as the engine runs it: a queueing station (c workers per instance, a FIFO waiting room, a service-time
 * distribution) followed by a plan that decides what the part calls downstream. Subclasses supply the plan.
 *
 * <p>Station contract: a call that arrives at a down part fails with {@code PART_DOWN}; otherwise it starts service if a
 * worker is free, waits if the room has space, or fails with {@code QUEUE_FULL}. The part's own sojourn (wait + own
 * service) is recorded when its service ends. A blocking part keeps the worker until the call is answered (so slow
 * dependencies exhaust its workers); a non-blocking part frees it as soon as its own work is done. Instances pool
 * their workers behind one queue (the part's internal balancing is ideal).
 */
abstract class Node {

    /** {@code next} of a call that has not started service yet. */
    static final int QUEUED = -1;

    final int index;
    final String id;
    final Component component;
    final NodeMetrics metrics;
    int[] out = new int[0];

    final int workersPerInstance;
    final int queuePerInstance;
    int instances;
    final boolean blocking;
    final long queueTimeoutUs;
    final double sizeFactor;
    private final ServiceDistribution baseDist;
    private ServiceDistribution dist;
    private final RandomStream serviceRng;
    private final IntRing queue = new IntRing();

    /** Calls waiting for a worker right now (for live views). */
    int queuedNow() {
        return queue.size();
    }
    int busy;

    /** Fault state. */
    boolean down;
    double slowFactor = 1.0;
    /** A partition fault in force names this part (its target, or one of its set); its links say what is cut. */
    boolean cutOff;

    Node(Simulation sim, int index, Component c) {
        this.index = index;
        this.id = c.id();
        this.component = c;
        this.workersPerInstance = has(c, "workers") ? c.intParam("workers") : Integer.MAX_VALUE / 4;
        this.queuePerInstance = has(c, "queueCapacity") ? c.intParam("queueCapacity") : -1;
        this.instances = has(c, "instances") ? c.intParam("instances") : 1;
        // Only parts that run application code hold a worker while they wait; proxies and stores never do.
        this.blocking = has(c, "callMode") && c.textParam("callMode").equals("blocking");
        this.queueTimeoutUs = has(c, "timeoutMs") ? Math.round(c.doubleParam("timeoutMs") * 1000) : 0;
        this.sizeFactor = has(c, "sizeFactor") ? c.doubleParam("sizeFactor") : 1.0;
        double meanMs = has(c, "serviceTimeMs") ? c.doubleParam("serviceTimeMs") : 0;
        String distName = has(c, "serviceDist") ? c.textParam("serviceDist") : "constant";
        double cv = has(c, "serviceCv") ? c.doubleParam("serviceCv") : 0;
        this.baseDist = ServiceDistribution.of(distName, meanMs * 1000 / sizeFactor, cv);
        this.dist = baseDist;
        this.serviceRng = sim.streams().stream("service/" + id);
        this.metrics = new NodeMetrics(sim.warmupUs(), instances);
    }

    static boolean has(Component c, String key) {
        return c.kind().param(key).isPresent();
    }

    /** Total workers over all instances. */
    final int capacity() {
        return (int) Math.min(Integer.MAX_VALUE / 2, (long) workersPerInstance * instances);
    }

    /** The mean of the current service distribution in µs (after slow-downs), for theory and UI. */
    final double meanServiceUs() {
        return dist.meanUs();
    }

    final ServiceDistribution distribution() {
        return dist;
    }

    /** A call reaches this part over a link (or from a client). */
    void arrive(Simulation sim, int call) {
        RequestTable t = sim.table();
        if (sim.measuring()) {
            metrics.arrivals++;
        }
        t.setHop(call, index);
        t.setStampUs(call, sim.now());
        t.setNext(call, QUEUED);
        if (down) {
            sim.fail(call, FailureReason.PART_DOWN, index);
            return;
        }
        if (busy < capacity()) {
            startService(sim, call);
        } else if (queuePerInstance < 0 || queue.size() < (long) queuePerInstance * instances) {
            queue.add(call);
            metrics.waiting.add(sim.now(), 1);
        } else {
            sim.fail(call, FailureReason.QUEUE_FULL, index);
        }
    }

    private void startService(Simulation sim, int call) {
        busy++;
        metrics.busy.add(sim.now(), 1);
        sim.table().setNext(call, 0);
        if (sim.observer != null) {
            sim.observer.serviceStart(call);
        }
        long s = dist.sample(serviceRng) + extraServiceUs(sim, call);
        sim.scheduleCall(s, Simulation.SERVICE_DONE, call);
    }

    /** Work added to the service of {@code call} (e.g. a gateway's authentication, a database copying a moved key). */
    long extraServiceUs(Simulation sim, int call) {
        return 0;
    }

    /** The part's own work on {@code call} is done. */
    void serviceDone(Simulation sim, int call) {
        if (sim.observer != null) {
            sim.observer.serviceEnd(call);
        }
        if (sim.measuring()) {
            metrics.latency.record(sim.now() - sim.table().stampUs(call));
        }
        if (!blocking) {
            releaseWorker(sim);
        }
        if (down) {
            sim.fail(call, FailureReason.PART_DOWN, index);
            return;
        }
        afterService(sim, call);
    }

    /** What the part does once its own work is done: call downstream, or answer. */
    abstract void afterService(Simulation sim, int call);

    /**
     * A downstream call made for {@code call} has ended. {@code ok} false means it failed with {@code reason} at part
     * {@code where}. The default propagates the failure, or continues the plan on success.
     */
    void childDone(Simulation sim, int call, int link, boolean ok, FailureReason reason, int where) {
        if (ok) {
            afterService(sim, call);
        } else {
            sim.failDownstream(call, reason, where);
        }
    }

    /** Called by the simulation when {@code call} leaves this part (answered or failed). Frees a held worker. */
    final void leave(Simulation sim, int call) {
        if (blocking && sim.table().next(call) != QUEUED) {
            releaseWorker(sim);
        }
    }

    final void releaseWorker(Simulation sim) {
        busy--;
        metrics.busy.add(sim.now(), -1);
        while (busy < capacity() && !queue.isEmpty()) {
            int next = queue.poll();
            metrics.waiting.add(sim.now(), -1);
            if (queueTimeoutUs > 0 && sim.now() - sim.table().stampUs(next) > queueTimeoutUs) {
                sim.fail(next, FailureReason.TIMED_OUT, index);
                continue;
            }
            startService(sim, next);
        }
    }

    /** Crash: every waiting call fails; calls in service finish their current step but find the part down after. */
    void crash(Simulation sim) {
        down = true;
        for (int call : queue.drain()) {
            metrics.waiting.add(sim.now(), -1);
            sim.fail(call, FailureReason.PART_DOWN, index);
        }
    }

    void recover(Simulation sim) {
        down = false;
    }

    /** Multiplies service times by {@code factor} (1 restores). */
    void slowDown(double factor) {
        slowFactor = factor;
        dist = factor == 1.0 ? baseDist : baseDist.scaled(factor);
    }

    /** Cache flush fault: forget every entry (caches override). */
    void flush(Simulation sim) {
    }

    /** Replica-lag fault: extra replication delay (databases override). */
    void setExtraLagUs(Simulation sim, long lagUs) {
    }

    /** Measured replication lag now, ms, for a database replica; NaN for every other part (databases override). */
    double replicaLagMs(long now) {
        return Double.NaN;
    }

    /** Read-only fault: refuse writes (databases override). */
    void setReadOnly(Simulation sim, boolean readOnly) {
    }

    /** Kind-specific figures for reports, by name (e.g. hit ratio). */
    void extraStats(Simulation sim, java.util.Map<String, Double> out) {
    }

    /** Changes the instance count (autoscaling); extra capacity starts waiting calls at once. */
    void setInstances(Simulation sim, int n) {
        instances = n;
        metrics.instances.set(sim.now(), n);
        if (busy < capacity() && !queue.isEmpty()) {
            busy++;
            metrics.busy.add(sim.now(), 1); // balances the release below, which counts one worker freed
            releaseWorker(sim);
        }
    }

    final int queueLength() {
        return queue.size();
    }
}
