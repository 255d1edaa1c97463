package org.archsim.sim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;

/**
 * Measurements of the runtime that the {@code bench} command prints and the JMH benchmarks repeat: simulated requests
 * per wall-clock second on an M/M/1 design and on any design, and heap bytes per request in flight.
 */
public final class RuntimeBench {

    /**
     * One throughput measurement: client requests that ended, simulated events, wall nanoseconds, and the CPU
     * nanoseconds of the simulating thread (on a shared machine the CPU time is the fairer "one core" figure).
     */
    public record Rate(long requests, long events, long nanos, long cpuNanos) {
        /** Ended client requests per wall-clock second. */
        public double requestsPerSecond() {
            return requests / (nanos / 1e9);
        }

        /** Ended client requests per second of the thread's CPU time. */
        public double requestsPerCpuSecond() {
            return cpuNanos > 0 ? requests / (cpuNanos / 1e9) : requestsPerSecond();
        }
    }

    /** One memory measurement: requests in flight and the heap they took after a full collection. */
    public record Memory(long inFlight, long heapBytes) {
        public double bytesPerRequest() {
            return heapBytes / (double) inFlight;
        }
    }

    private RuntimeBench() {
    }

    /** An M/M/1 design: Poisson arrivals at {@code rps} to one worker with exponential service of mean {@code ms}. */
    public static Design mm1Design(double rps, double serviceMs) {
        String json = """
                {"format": "archsim.design/1", "name": "bench-mm1",
                 "components": [
                   {"id": "users", "kind": "client", "params": {"rps": %s}},
                   {"id": "app", "kind": "service", "params": {"workers": 1, "serviceTimeMs": %s,
                     "serviceDist": "exponential", "queueCapacity": -1}}],
                 "links": [{"from": "users", "to": "app"}]}
                """.formatted(rps, serviceMs);
        return read("bench-mm1.archsim.json", json);
    }

    /** Reads a design from JSON text, turning format problems into an unchecked exception (bench inputs are fixed). */
    public static Design read(String name, String json) {
        try {
            return DesignCodec.read(name, json);
        } catch (FormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Runs {@code design} for {@code simulatedS} seconds with no warm-up and times it. */
    public static Rate run(Design design, double simulatedS, long seed) {
        Scenario s = new Scenario(simulatedS, 0, seed, List.of(new LoadStep(0, 1)), List.of());
        Simulation sim = new Simulation(design, s);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        sim.runUntil(sim.durationUs());
        long nanos = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - c0;
        SimulationReport r = sim.report();
        return new Rate(r.system().completed() + r.system().errors(), r.engine().events(), nanos, c0 < 0 ? 0 : cpu);
    }

    /** The engine on M/M/1 at ρ = 0.9 (900 req/s into a 1 ms server) for {@code simulatedS} seconds. */
    public static Rate mm1(double simulatedS, long seed) {
        return run(mm1Design(900, 1.0), simulatedS, seed);
    }

    /**
     * Heap per request in flight: a client sends {@code inFlight} requests in one simulated second to a part that
     * takes an hour per request (one worker, unbounded queue), so all of them are still in flight at the end. The
     * heap used after a full collection, less the heap used by the same simulation before any request, is divided
     * by the number in flight.
     */
    public static Memory memory(int inFlight) {
        Design d = read("bench-memory.archsim.json", """
                {"format": "archsim.design/1", "name": "bench-memory",
                 "components": [
                   {"id": "users", "kind": "client", "params": {"rps": %d, "arrivals": "constant"}},
                   {"id": "slow", "kind": "service", "params": {"workers": 1, "serviceTimeMs": 3600000,
                     "queueCapacity": -1}}],
                 "links": [{"from": "users", "to": "slow"}]}
                """.formatted(inFlight));
        Scenario s = new Scenario(1000, 0, 1, List.of(new LoadStep(0, 1)), List.of());
        Simulation sim = new Simulation(d, s);
        sim.runUntil(1); // set up, nothing in flight yet
        long before = usedAfterGc();
        sim.runUntil(1_000_000);
        long after = usedAfterGc();
        long n = sim.inFlight();
        if (n == 0) {
            throw new IllegalStateException("nothing in flight");
        }
        return new Memory(n, after - before);
    }

    private static long usedAfterGc() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            best = Math.min(best, mem.getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
