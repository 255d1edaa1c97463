package org.archsim.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.archsim.sim.random.ServiceDistribution;
import org.archsim.sim.theory.QueueFormulas;
import org.archsim.sim.theory.QueueMetrics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The kernel (Engine + EventQueue + RequestTable + RandomStreams + metrics) reproduces queueing theory: mean sojourn
 * within 2%, utilisation within 1% absolute, Little's law within 2%. Mean service is 1 ms; run lengths are chosen so
 * the 95% batch-means half-width is about 1% or less, making a 2% miss a many-sigma event for any seed.
 */
class StationModelTest {
    private static final double SERVICE_US = 1_000;
    private static final long SECOND = 1_000_000L;

    private static StationResult run(double rho, int servers, ServiceDistribution service, long customers) {
        double lambda = rho * servers * 1e6 / service.meanUs();
        long end = (long) (customers / lambda * SECOND);
        return new StationModel(lambda, service, servers, 20_240_611L).run(200 * SECOND, end);
    }

    private static void check(String label, StationResult r, QueueMetrics theory) {
        double simW = r.sojourn().meanMs();
        double theoryW = theory.w() * 1000; // theory in seconds -> ms
        System.out.printf("%s: W sim %.4f ms, theory %.4f ms (%+.2f%%), CI %s; util %.4f vs %.4f; L/(lambda W) %.4f%n",
                label, simW, theoryW, 100 * (simW / theoryW - 1), r.sojournMs(), r.utilisation(), theory.rho(),
                r.littleRatio());
        assertThat(simW / theoryW).as("%s mean sojourn / theory", label).isCloseTo(1.0, within(0.02));
        assertThat(r.sojournMs().mean()).isCloseTo(simW, within(0.005 * simW));
        assertThat(r.sojournMs().relativeHalfWidth()).as("%s CI relative half-width", label).isLessThan(0.02);
        assertThat(r.utilisation()).as("%s utilisation", label).isCloseTo(theory.rho(), within(0.01));
        assertThat(r.littleRatio()).as("%s Little's law", label).isCloseTo(1.0, within(0.02));
    }

    @ParameterizedTest(name = "M/M/1 rho={0}")
    @CsvSource({"0.5, 1000000", "0.8, 5000000", "0.9, 20000000"})
    void mm1(double rho, long customers) {
        ServiceDistribution exp = ServiceDistribution.of("exponential", SERVICE_US, 1);
        StationResult r = run(rho, 1, exp, customers);
        check("M/M/1 rho=" + rho, r, QueueFormulas.mm1(rho * 1000, 1000));
    }

    @ParameterizedTest(name = "M/M/4 rho={0}")
    @CsvSource({"0.5, 1000000", "0.8, 3000000", "0.9, 8000000"})
    void mmc(double rho, long customers) {
        ServiceDistribution exp = ServiceDistribution.of("exponential", SERVICE_US, 1);
        StationResult r = run(rho, 4, exp, customers);
        check("M/M/4 rho=" + rho, r, QueueFormulas.mmc(rho * 4000, 1000, 4));
    }

    @Test
    void md1() {
        StationResult r = run(0.8, 1, ServiceDistribution.of("constant", SERVICE_US, 0), 2_000_000);
        check("M/D/1 rho=0.8", r, QueueFormulas.md1(800, 0.001));
    }

    @Test
    void mg1Lognormal() {
        StationResult r = run(0.7, 1, ServiceDistribution.of("lognormal", SERVICE_US, 1.5), 3_000_000);
        check("M/G/1 lognormal cv=1.5 rho=0.7", r, QueueFormulas.mg1(700, 0.001, 1.5));
    }

    @Test
    void sameSeedSameResultBitForBit() {
        ServiceDistribution exp = ServiceDistribution.of("exponential", SERVICE_US, 1);
        StationModel m = new StationModel(800, exp, 2, 5);
        StationResult a = m.run(SECOND, 60 * SECOND);
        StationResult b = new StationModel(800, exp, 2, 5).run(SECOND, 60 * SECOND);
        assertThat(a).isEqualTo(b);
        assertThat(m.run(SECOND, 60 * SECOND)).isEqualTo(a);
        assertThat(new StationModel(800, exp, 2, 6).run(SECOND, 60 * SECOND)).isNotEqualTo(a);
    }
}
