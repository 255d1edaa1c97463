package org.archsim.sim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

    /**
     * Over 10^6 draws every rank's count must lie within 5 standard deviations of N·p(k), and the chi-square statistic
     * must be plausible for its degrees of freedom.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 0.99, 1.0, 1.2, 2.0, 3.5})
    void frequenciesMatchTheory(double s) {
        int n = 200;
        int draws = 1_000_000;
        ZipfSampler z = new ZipfSampler(n, s);
        RandomStream r = new RandomStreams(11).stream("zipf/" + s);
        long[] counts = new long[n + 1];
        for (int i = 0; i < draws; i++) {
            long k = z.sample(r);
            assertThat(k).isBetween(1L, (long) n);
            counts[(int) k]++;
        }
        double chi2 = 0;
        int cells = 0;
        for (int k = 1; k <= n; k++) {
            double p = z.probability(k);
            double expected = draws * p;
            double sd = Math.sqrt(draws * p * (1 - p));
            assertThat(Math.abs(counts[k] - expected)).as("rank %d, s=%s", k, s).isLessThanOrEqualTo(5 * sd + 1);
            if (expected >= 5) {
                chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
                cells++;
            }
        }
        // mean df, sd sqrt(2 df): allow 5 sd
        assertThat(chi2).as("chi-square over %d cells, s=%s", cells, s)
                .isLessThan(cells + 5 * Math.sqrt(2.0 * cells));
    }

    @Test
    void hugeKeySpacesWork() {
        ZipfSampler z = new ZipfSampler(10_000_000_000L, 1.0);
        RandomStream r = new RandomStreams(3).stream("big");
        long ones = 0;
        long twos = 0;
        for (int i = 0; i < 200_000; i++) {
            long k = z.sample(r);
            assertThat(k).isBetween(1L, 10_000_000_000L);
            ones += k == 1 ? 1 : 0;
            twos += k == 2 ? 1 : 0;
        }
        // P(1)/P(2) = 2 for s = 1
        assertThat((double) ones / twos).isBetween(1.9, 2.1);
    }

    @Test
    void singleRankAndValidation() {
        ZipfSampler one = new ZipfSampler(1, 1.3);
        RandomStream r = new RandomStreams(3).stream("one");
        for (int i = 0; i < 100; i++) {
            assertThat(one.sample(r)).isEqualTo(1);
        }
        assertThatThrownBy(() -> new ZipfSampler(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZipfSampler(10, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
