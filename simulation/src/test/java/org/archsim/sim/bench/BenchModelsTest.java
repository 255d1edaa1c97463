package org.archsim.sim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchModelsTest {

    /**
     * The hand loop and the engine version draw from the same streams and break ties the same way (departures first),
     * so they must follow the identical sample path: equal mean sojourn to the last bit. This pins the engine's event
     * order against an independent implementation.
     */
    @Test
    void handLoopAndEngineFollowTheSameSamplePath() {
        for (long seed = 1; seed <= 3; seed++) {
            double hand = HandLoopMm1.run(200_000, 1_000 / 0.9, 1_000, seed);
            double engine = EngineMm1.run(200_000, 1_000 / 0.9, 1_000, seed);
            assertThat(engine).isEqualTo(hand);
            assertThat(hand / 1000).isBetween(7.0, 13.0); // theory 10 ms; short runs wander
        }
    }

    @Test
    void benchmarkMainRuns() {
        KernelBench.main(new String[] {"20000", "1"});
    }
}
