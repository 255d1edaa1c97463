package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The frame benchmark's bookkeeping: intervals, percentiles, late frames and dropped 60 Hz ticks. */
class FrameStatsTest {

    private static final long MS = 1_000_000;

    @Test
    void steadySixtyHertzHasNoLateFramesAndNoDroppedTicks() {
        FrameStats s = new FrameStats(1000);
        for (int i = 0; i < 601; i++) {
            s.record(Math.round(i * 1e9 / 60), 2 * MS);
        }
        FrameStats.Summary r = s.summary();
        assertThat(r.frames()).isEqualTo(601);
        assertThat(r.spanS()).isCloseTo(10.0, within(1e-6));
        assertThat(r.fps()).isCloseTo(60.0, within(1e-6));
        assertThat(r.interval().p99()).isCloseTo(16.667, within(0.01));
        assertThat(r.late()).isZero();
        assertThat(r.droppedTicks()).isZero();
        assertThat(r.work().max()).isEqualTo(2.0);
    }

    @Test
    void longIntervalsCountAsLateAndDropTheTicksTheyCover() {
        FrameStats s = new FrameStats(100);
        long t = 0;
        long[] gaps = {17, 16, 34, 17, 50, 17, 20, 17, 17, 100};
        s.record(t, MS);
        for (long g : gaps) {
            t += g * MS;
            s.record(t, g == 50 ? 30 * MS : MS);
        }
        FrameStats.Summary r = s.summary();
        assertThat(r.frames()).isEqualTo(11);
        // late: 34, 50 and 100 ms (over 25 ms); 20 ms is within one and a half periods
        assertThat(r.late()).isEqualTo(3);
        // 34 ms = 2 periods (1 dropped), 50 ms = 3 (2), 100 ms = 6 (5)
        assertThat(r.droppedTicks()).isEqualTo(8);
        assertThat(r.interval().max()).isEqualTo(100.0);
        assertThat(r.interval().p50()).isEqualTo(17.0);
        assertThat(r.work().max()).isEqualTo(30.0);
        assertThat(r.work().p50()).isEqualTo(1.0);
    }

    @Test
    void framesBeyondCapacityAreCountedButNotKept() {
        FrameStats s = new FrameStats(3);
        for (int i = 0; i < 5; i++) {
            s.record(i * 17 * MS, 0);
        }
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.summary().frames()).isEqualTo(3);
        assertThat(FrameStats.percentile(new double[0], 99)).isZero();
        assertThat(FrameStats.percentile(new double[] {1, 2, 3, 4}, 50)).isEqualTo(2.0);
    }
}
