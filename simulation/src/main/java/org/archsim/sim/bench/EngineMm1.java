package org.archsim.sim.bench;

import org.archsim.sim.engine.Engine;
import org.archsim.sim.engine.EventHandler;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;
import org.archsim.sim.random.RandomStreams;

/**
 * The same M/M/1 as {@link HandLoopMm1}, run through {@link Engine} with customers held in a {@link RequestTable} and
 * queued on its intrusive {@code next} links: measures what the kernel's generality costs. Output is again only the
 * mean sojourn.
 */
public final class EngineMm1 implements EventHandler {
    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;

    private final double meanInterarrivalUs;
    private final double meanServiceUs;
    private final RandomStream arrivals;
    private final RandomStream service;
    private final Engine engine = new Engine();
    private final RequestTable requests = new RequestTable();
    private final int self;
    private final long customers;
    private int head = RequestTable.NONE;
    private int tail = RequestTable.NONE;
    private long done;
    private long sumSojourn;

    private EngineMm1(long customers, double meanInterarrivalUs, double meanServiceUs, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        this.arrivals = streams.stream("arrivals");
        this.service = streams.stream("service");
        this.meanInterarrivalUs = meanInterarrivalUs;
        this.meanServiceUs = meanServiceUs;
        this.customers = customers;
        this.self = engine.register(this);
    }

    /** Simulates {@code customers} departures; returns the mean sojourn in µs. */
    public static double run(long customers, double meanInterarrivalUs, double meanServiceUs, long seed) {
        EngineMm1 m = new EngineMm1(customers, meanInterarrivalUs, meanServiceUs, seed);
        m.engine.schedule(m.interarrival(), 1, m.self, ARRIVAL, 0, 0);
        m.engine.runUntil(Engine.NEVER - 1);
        return m.sumSojourn / (double) m.done;
    }

    @Override
    public void handle(Engine e, int type, int a, int b) {
        long now = e.now();
        if (type == ARRIVAL) {
            int h = requests.allocate(now);
            if (tail == RequestTable.NONE) {
                head = h;
                tail = h;
                e.schedule(now + serviceTime(), 0, self, DEPARTURE, h, 0);
            } else {
                requests.setNext(tail, h);
                tail = h;
            }
            e.schedule(now + interarrival(), 1, self, ARRIVAL, 0, 0);
        } else {
            sumSojourn += now - requests.createdUs(a);
            head = requests.next(a);
            requests.release(a);
            if (head == RequestTable.NONE) {
                tail = RequestTable.NONE;
            } else {
                e.schedule(now + serviceTime(), 0, self, DEPARTURE, head, 0);
            }
            if (++done == customers) {
                e.stop();
            }
        }
    }

    private long interarrival() {
        return Math.round(-meanInterarrivalUs * Math.log(arrivals.nextDoubleNonZero()));
    }

    private long serviceTime() {
        return Math.round(-meanServiceUs * Math.log(service.nextDoubleNonZero()));
    }
}
