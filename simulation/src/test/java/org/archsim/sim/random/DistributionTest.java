package org.archsim.sim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistributionTest {
    private static final int N = 1_000_000;

    /** Sample mean and variance of N draws. */
    private static double[] moments(ServiceDistribution d, String stream) {
        RandomStream r = new RandomStreams(2024).stream(stream);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = d.sample(r);
            assertThat(x).isGreaterThanOrEqualTo(0);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / N;
        return new double[] {mean, sumSq / N - mean * mean};
    }

    private static void assertMoments(ServiceDistribution d, double meanTol, double varTol) {
        double[] m = moments(d, d.kind().id());
        double mean = d.meanUs();
        double variance = Math.pow(d.cv() * mean, 2);
        assertThat(m[0] / mean).as("mean of %s", d).isCloseTo(1.0, within(meanTol));
        if (variance == 0) {
            assertThat(m[1]).as("variance of %s", d).isLessThan(1.0);
        } else {
            // Rounding to whole µs adds 1/12 µs² of variance: negligible at these means.
            assertThat(m[1] / variance).as("variance of %s", d).isCloseTo(1.0, within(varTol));
        }
        assertThat(d.secondMomentUs2()).isCloseTo(variance + mean * mean, within(1e-6 * mean * mean));
    }

    @Test
    void exponentialMeanAndVariance() {
        // Standard errors over 1e6 draws: mean 0.1%, variance 0.3%.
        assertMoments(ServiceDistribution.of("exponential", 5_000, 0.3), 0.004, 0.012);
    }

    @Test
    void constantIsExact() {
        ServiceDistribution d = ServiceDistribution.of("deterministic", 2_500, 9);
        assertThat(d.kind()).isEqualTo(DistributionKind.CONSTANT);
        assertThat(d.cv()).isZero();
        assertMoments(d, 1e-9, 0);
    }

    @Test
    void uniformIsOnZeroToTwiceTheMean() {
        ServiceDistribution d = ServiceDistribution.of("uniform", 3_000, 0);
        assertThat(d.cv()).isCloseTo(1 / Math.sqrt(3), within(1e-12));
        assertMoments(d, 0.003, 0.006);
        RandomStream r = new RandomStreams(5).stream("u");
        for (int i = 0; i < 10_000; i++) {
            assertThat(d.sample(r)).isBetween(0L, 6_000L);
        }
    }

    @Test
    void lognormalMatchesMeanAndCv() {
        assertMoments(ServiceDistribution.of("lognormal", 8_000, 0.5), 0.003, 0.02);
        // cv 1.5 has a heavy tail: the variance estimate is noisy, so only the mean is held tight.
        ServiceDistribution heavy = ServiceDistribution.of("LogNormal", 8_000, 1.5);
        assertThat(moments(heavy, "heavy")[0] / 8_000).isCloseTo(1.0, within(0.01));
        LogNormalDistribution ln = new LogNormalDistribution(8_000, 0.5);
        assertThat(ln.sigma() * ln.sigma()).isCloseTo(Math.log(1.25), within(1e-12));
        assertThat(ln.mu()).isCloseTo(Math.log(8_000) - Math.log(1.25) / 2, within(1e-12));
        assertThat(ServiceDistribution.of("lognormal", 100, 0).kind()).isEqualTo(DistributionKind.CONSTANT);
    }

    @Test
    void scaledKeepsFamilyAndCv() {
        ServiceDistribution d = ServiceDistribution.of("lognormal", 1_000, 0.7).scaled(3);
        assertThat(d.meanUs()).isEqualTo(3_000);
        assertThat(d.cv()).isEqualTo(0.7);
        assertThat(d).isEqualTo(new LogNormalDistribution(3_000, 0.7));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> ServiceDistribution.of("pareto", 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceDistribution.of("exponential", -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceDistribution.of("lognormal", 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceDistribution.of("lognormal", Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
