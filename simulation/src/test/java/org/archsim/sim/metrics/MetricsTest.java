package org.archsim.sim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.archsim.sim.random.RandomStream;
import org.archsim.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void latencyRecorderGivesExactMeanAndMaxAndPreciseQuantiles() {
        LatencyRecorder r = new LatencyRecorder();
        assertThat(r.snapshot()).isEqualTo(LatencySnapshot.EMPTY);
        for (int us = 1; us <= 100_000; us++) {
            r.record(us);
        }
        LatencySnapshot s = r.snapshot();
        assertThat(s.count()).isEqualTo(100_000);
        assertThat(s.meanMs()).isCloseTo(50.0005, within(1e-9));
        assertThat(s.maxMs()).isEqualTo(100.0);
        assertThat(s.p50Ms()).isCloseTo(50.0, within(0.05));
        assertThat(s.p95Ms()).isCloseTo(95.0, within(0.1));
        assertThat(s.p99Ms()).isCloseTo(99.0, within(0.1));
        LatencyRecorder other = new LatencyRecorder();
        other.record(1_000_000);
        r.add(other);
        assertThat(r.snapshot().maxMs()).isEqualTo(1000.0);
        r.reset();
        assertThat(r.count()).isZero();
        assertThatThrownBy(() -> r.record(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeWeightedAveragesOnlyAfterTheWarmupCut() {
        TimeWeighted q = new TimeWeighted(100, 0);
        q.set(50, 10);   // before the cut: only sets the value
        q.set(150, 2);   // 10 held over [100,150]
        q.add(250, 2);   // 2 held over [150,250], then 4
        assertThat(q.average(300)).isCloseTo((10 * 50 + 2 * 100 + 4 * 50) / 200.0, within(1e-12));
        assertThat(q.max()).isEqualTo(10);
        assertThat(q.value()).isEqualTo(4);
        assertThatThrownBy(() -> q.set(200, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeWeightedIgnoresPeaksBeforeTheCut() {
        TimeWeighted q = new TimeWeighted(1_000, 0);
        q.set(10, 99);
        q.set(20, 1);
        assertThat(q.average(1_000)).isEqualTo(1);
        assertThat(q.average(2_000)).isEqualTo(1);
        assertThat(q.max()).isEqualTo(1);
    }

    @Test
    void batchMeansOfIidDataCoversTheTrueMean() {
        // 200 independent experiments: the 95% interval should cover the true mean about 190 times.
        RandomStreams streams = new RandomStreams(99);
        int covered = 0;
        for (int e = 0; e < 200; e++) {
            RandomStream r = streams.stream("bm", e);
            BatchMeans bm = new BatchMeans(20);
            for (int i = 0; i < 5_000; i++) {
                bm.add(r.nextExponential(3.0));
            }
            BatchMeansResult res = bm.result();
            assertThat(res.batches()).isBetween(20, 39);
            if (res.lower() <= 3.0 && 3.0 <= res.upper()) {
                covered++;
            }
        }
        assertThat(covered).isBetween(180, 199);
    }

    @Test
    void batchMeansBookkeeping() {
        BatchMeans bm = new BatchMeans(2);
        assertThat(bm.result().batches()).isZero();
        for (int i = 1; i <= 8; i++) {
            bm.add(i);
        }
        // batches of 1 merge at 4 -> size 2: (1,2)(3,4) then (5,6)(7,8) merge -> size 4: (1..4)(5..8)
        BatchMeansResult r = bm.result();
        assertThat(r.batches()).isEqualTo(2);
        assertThat(r.batchSize()).isEqualTo(4);
        assertThat(r.mean()).isEqualTo(4.5);
        assertThat(r.halfWidth95()).isCloseTo(12.7062 * 2.0, within(1e-9)); // means 2.5, 6.5: s = 2.83, s/sqrt(2) = 2;
        assertThat(bm.observations()).isEqualTo(8);
    }

    @Test
    void studentTQuantiles() {
        assertThat(StudentT.quantile975(1)).isEqualTo(12.7062);
        assertThat(StudentT.quantile975(30)).isEqualTo(2.0423);
        assertThat(StudentT.quantile975(31)).isCloseTo(2.0395, within(2e-4));
        assertThat(StudentT.quantile975(39)).isCloseTo(2.0227, within(2e-4));
        assertThat(StudentT.quantile975(120)).isCloseTo(1.9799, within(2e-4));
        assertThat(StudentT.quantile975(100_000)).isCloseTo(1.96, within(1e-3));
    }
}
