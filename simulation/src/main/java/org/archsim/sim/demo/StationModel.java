package org.archsim.sim.demo;

import org.archsim.sim.engine.Engine;
import org.archsim.sim.engine.EventHandler;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.metrics.BatchMeans;
import org.archsim.sim.metrics.LatencyRecorder;
import org.archsim.sim.metrics.TimeWeighted;
import org.archsim.sim.random.RandomStream;
import org.archsim.sim.random.RandomStreams;
import org.archsim.sim.random.ServiceDistribution;

/**
 * An M/G/c FIFO station with Poisson arrivals, built directly on {@link Engine}, {@link RequestTable},
 * {@link RandomStreams} and the metrics classes: the smallest model that exercises the whole kernel.
 *
 * <p>Streams: {@code "arrivals"} for inter-arrival times and {@code "service"} for service times, so the arrival process
 * is the same whatever the service distribution. At equal times departures run before arrivals (priority 0 vs 1).
 * Customers that arrive before {@code warmupUs} are simulated but not measured; queue and busy-server averages count
 * from {@code warmupUs}. The same arguments always give the same {@link StationResult}.
 *
 * <pre>{@code
 * StationResult r = new StationModel(900, ServiceDistribution.of("exponential", 1000, 1), 1, 42)
 *         .run(10_000_000, 1_000_000_000); // M/M/1, rho 0.9: r.sojourn().meanMs() ≈ 10
 * }</pre>
 */
public final class StationModel implements EventHandler {
    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final int PRIORITY_DEPARTURE = 0;
    private static final int PRIORITY_ARRIVAL = 1;

    private final double meanInterarrivalUs;
    private final ServiceDistribution service;
    private final int servers;
    private final long seed;

    // Per-run state, created by run().
    private Engine engine;
    private int self;
    private RequestTable requests;
    private RandomStream arrivalRng;
    private RandomStream serviceRng;
    private long warmupUs;
    private int busy;
    private int queueHead;
    private int queueTail;
    private long arrivalsMeasured;
    private LatencyRecorder latency;
    private BatchMeans batchMeans;
    private TimeWeighted inSystem;
    private TimeWeighted busyServers;

    /**
     * @param arrivalRatePerS Poisson arrival rate per second (> 0)
     * @param service         service-time distribution (µs)
     * @param servers         number of identical servers (≥ 1)
     * @param seed            root seed of the run's random streams
     */
    public StationModel(double arrivalRatePerS, ServiceDistribution service, int servers, long seed) {
        if (!(arrivalRatePerS > 0)) {
            throw new IllegalArgumentException("arrival rate must be > 0: " + arrivalRatePerS);
        }
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be >= 1: " + servers);
        }
        this.meanInterarrivalUs = 1e6 / arrivalRatePerS;
        this.service = service;
        this.servers = servers;
        this.seed = seed;
    }

    /** Simulates [0, endUs] and measures after {@code warmupUs}. Each call is an independent, identical-seed run. */
    public StationResult run(long warmupUs, long endUs) {
        if (warmupUs < 0 || endUs <= warmupUs) {
            throw new IllegalArgumentException("need 0 <= warmup < end: " + warmupUs + ", " + endUs);
        }
        RandomStreams streams = new RandomStreams(seed);
        this.engine = new Engine();
        this.self = engine.register(this);
        this.requests = new RequestTable();
        this.arrivalRng = streams.stream("arrivals");
        this.serviceRng = streams.stream("service");
        this.warmupUs = warmupUs;
        this.busy = 0;
        this.queueHead = RequestTable.NONE;
        this.queueTail = RequestTable.NONE;
        this.arrivalsMeasured = 0;
        this.latency = new LatencyRecorder();
        this.batchMeans = new BatchMeans(20);
        this.inSystem = new TimeWeighted(warmupUs, 0);
        this.busyServers = new TimeWeighted(warmupUs, 0);

        engine.schedule(nextInterarrival(), PRIORITY_ARRIVAL, self, ARRIVAL, 0, 0);
        engine.runUntil(endUs);

        double span = (endUs - warmupUs) / 1e6;
        return new StationResult(arrivalsMeasured, arrivalsMeasured / span, latency.snapshot(), batchMeans.result(),
                inSystem.average(endUs), busyServers.average(endUs) / servers, engine.eventCount());
    }

    @Override
    public void handle(Engine e, int type, int a, int b) {
        if (type == ARRIVAL) {
            arrive(e.now());
        } else {
            depart(e.now(), a);
        }
    }

    private void arrive(long now) {
        int h = requests.allocate(now);
        if (now >= warmupUs) {
            arrivalsMeasured++;
        }
        inSystem.add(now, 1);
        if (busy < servers) {
            busy++;
            busyServers.set(now, busy);
            startService(now, h);
        } else if (queueTail == RequestTable.NONE) {
            queueHead = h;
            queueTail = h;
        } else {
            requests.setNext(queueTail, h);
            queueTail = h;
        }
        engine.schedule(now + nextInterarrival(), PRIORITY_ARRIVAL, self, ARRIVAL, 0, 0);
    }

    private void depart(long now, int h) {
        long created = requests.createdUs(h);
        if (created >= warmupUs) {
            long sojourn = now - created;
            latency.record(sojourn);
            batchMeans.add(sojourn / 1000.0);
        }
        requests.release(h);
        inSystem.add(now, -1);
        if (queueHead != RequestTable.NONE) {
            int next = queueHead;
            queueHead = requests.next(next);
            if (queueHead == RequestTable.NONE) {
                queueTail = RequestTable.NONE;
            }
            startService(now, next);
        } else {
            busy--;
            busyServers.set(now, busy);
        }
    }

    private void startService(long now, int h) {
        requests.setStampUs(h, now);
        engine.schedule(now + service.sample(serviceRng), PRIORITY_DEPARTURE, self, DEPARTURE, h, 0);
    }

    private long nextInterarrival() {
        return Math.round(-meanInterarrivalUs * Math.log(arrivalRng.nextDoubleNonZero()));
    }
}
