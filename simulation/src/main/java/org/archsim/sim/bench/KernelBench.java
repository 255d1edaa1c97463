package org.archsim.sim.bench;

import java.util.Arrays;
import java.util.Locale;
import org.archsim.sim.demo.StationModel;
import org.archsim.sim.demo.StationResult;
import org.archsim.sim.random.ServiceDistribution;

/**
 * Times an M/M/1 queue at ρ = 0.9 (mean service 1 ms) three ways and prints customers per second for each:
 * (a) {@link HandLoopMm1}, a hand-written loop on a primitive heap; (b) {@link EngineMm1}, the same model through the
 * engine and request table; (c) {@link StationModel}, which adds the full metrics (HdrHistogram, time averages, batch
 * means). Each variant runs several rounds after a warm-up round; the best and median rounds are reported.
 *
 * <p>Usage: {@code java -cp ... org.archsim.sim.bench.KernelBench [customers per round, default 10000000] [rounds, 5]}
 */
public final class KernelBench {
    private static final double MEAN_SERVICE_US = 1_000;
    private static final double RHO = 0.9;

    private KernelBench() {
    }

    /** Runs the benchmark; see the class comment for arguments. */
    public static void main(String[] args) {
        long customers = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double meanInterarrivalUs = MEAN_SERVICE_US / RHO;
        System.out.printf(Locale.ROOT, "M/M/1 rho=%.1f, %,d customers per round, %d rounds (+1 warm-up), theory W=%.3f ms%n",
                RHO, customers, rounds, MEAN_SERVICE_US / (1 - RHO) / 1000);

        report("(a) hand loop, primitive heap", customers, rounds,
                seed -> HandLoopMm1.run(customers, meanInterarrivalUs, MEAN_SERVICE_US, seed) / 1000);
        report("(b) Engine + RequestTable", customers, rounds,
                seed -> EngineMm1.run(customers, meanInterarrivalUs, MEAN_SERVICE_US, seed) / 1000);
        ServiceDistribution exp = ServiceDistribution.of("exponential", MEAN_SERVICE_US, 1);
        long endUs = Math.round(customers * meanInterarrivalUs);
        report("(c) StationModel, full metrics", customers, rounds, seed -> {
            StationResult r = new StationModel(RHO * 1000, exp, 1, seed).run(0, endUs);
            return r.sojourn().meanMs();
        });
    }

    /** One variant: returns the mean sojourn in ms for a seed. */
    private interface Variant {
        double run(long seed);
    }

    private static void report(String label, long customers, int rounds, Variant v) {
        v.run(0); // warm-up: JIT compilation
        double[] rates = new double[rounds];
        double w = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            w = v.run(i + 1);
            rates[i] = customers / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%-32s best %6.2f M customers/s, median %6.2f M/s   (last W=%.3f ms)%n", label,
                rates[rounds - 1] / 1e6, rates[rounds / 2] / 1e6, w);
    }
}
