package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The window bench pairs each frame shown with the pulse that made it. */
class WindowRenderBenchTest {

    @Test
    void eachFrameShownIsTimedFromTheLatestPulseBeforeIt() {
        FrameStats pulses = new FrameStats(8);
        FrameStats shown = new FrameStats(8);
        for (long p : new long[] {0, 16_700_000, 33_400_000}) {
            pulses.record(p, 0);
        }
        // shown 10 ms after the first pulse, 13.3 ms after the second (then once more for it: not counted again), and
        // 16.6 ms after the third
        for (long r : new long[] {10_000_000, 30_000_000, 31_000_000, 50_000_000}) {
            shown.record(r, 0);
        }
        WindowRenderBench.Result r = WindowRenderBench.result(pulses, shown);
        assertThat(r.frames()).isEqualTo(3);
        assertThat(r.frameMs()[0]).isCloseTo(10, Offset.offset(1e-9));
        assertThat(r.frameMs()[1]).isCloseTo(13.3, Offset.offset(1e-9));
        assertThat(r.frameMs()[2]).isCloseTo(16.6, Offset.offset(1e-9));
        assertThat(r.percentile(99)).isCloseTo(16.6, Offset.offset(1e-9));
    }
}
