package org.archsim.sim.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static long[] first(RandomStream r, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextLong();
        }
        return out;
    }

    @Test
    void sameSeedAndNameGiveTheSameSequence() {
        assertThat(first(new RandomStreams(42).stream("arrivals"), 1000))
                .isEqualTo(first(new RandomStreams(42).stream("arrivals"), 1000));
        assertThat(first(new RandomStreams(42).stream("service", 3), 1000))
                .isEqualTo(first(new RandomStreams(42).stream("service", 3), 1000));
    }

    @Test
    void addingAndUsingAnotherStreamDoesNotShiftThisOne() {
        RandomStreams a = new RandomStreams(7);
        RandomStream arrivalsAlone = a.stream("arrivals");
        long[] alone = first(arrivalsAlone, 500);

        RandomStreams b = new RandomStreams(7);
        RandomStream faults = b.stream("faults");
        RandomStream arrivals = b.stream("arrivals");
        RandomStream routing = b.stream("routing");
        long[] interleaved = new long[500];
        for (int i = 0; i < 500; i++) {
            faults.nextLong();
            routing.nextDouble();
            interleaved[i] = arrivals.nextLong();
        }
        assertThat(interleaved).isEqualTo(alone);
    }

    @Test
    void namesIndicesAndSeedsGiveDistinctStreams() {
        Set<Long> firsts = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            RandomStreams s = new RandomStreams(seed);
            for (String name : new String[] {"a", "b", "ab", "ba", "arrivals", "arrivals/1", ""}) {
                firsts.add(s.stream(name).nextLong());
                for (int i = 0; i < 5; i++) {
                    firsts.add(s.stream(name, i).nextLong());
                }
            }
        }
        assertThat(firsts).hasSize(20 * 7 * 6);
    }

    /** Pinned values: the derivation must never change silently, on any JVM. */
    @Test
    void derivationIsPinned() {
        assertThat(SplitMix64.fnv1a("")).isEqualTo(0xCBF29CE484222325L);
        assertThat(SplitMix64.fnv1a("a")).isEqualTo(0xAF63DC4C8601EC8CL);
        assertThat(SplitMix64.mix(0)).isZero();
        // SplitMix64 seeded with 0: its first output is mix(0x9E3779B97F4A7C15).
        assertThat(SplitMix64.mix(SplitMix64.GOLDEN_GAMMA)).isEqualTo(0xE220A8397B1DCDAFL);
        long[] pinned = first(new RandomStreams(42).stream("arrivals"), 3);
        assertThat(pinned).isEqualTo(PINNED_42_ARRIVALS);
    }

    private static final long[] PINNED_42_ARRIVALS = {1849591224302029085L, 5455054091473970076L, 7250833140492662635L};

    @Test
    void boundedDrawsStayInRangeAndCoverIt() {
        RandomStream r = new RandomStreams(1).stream("bounds");
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[r.nextInt(7)]++;
            long v = r.nextLong(1_000_000_007L);
            assertThat(v).isBetween(0L, 1_000_000_006L);
            double d = r.nextDouble();
            assertThat(d).isGreaterThanOrEqualTo(0).isLessThan(1);
            assertThat(r.nextDoubleNonZero()).isGreaterThan(0).isLessThanOrEqualTo(1);
        }
        for (int c : counts) {
            assertThat(c).isBetween(9_500, 10_500);
        }
    }

    /** The published xoshiro256** outputs for the state {1, 2, 3, 4}. */
    @Test
    void generatorMatchesReferenceVector() {
        RandomStream r = RandomStream.ofState(1, 2, 3, 4);
        assertThat(first(r, 4)).containsExactly(11520L, 0L, 1509978240L, 1215971899390074240L);
    }

    @Test
    void copyContinuesIdentically() {
        RandomStream r = new RandomStreams(3).stream("x");
        r.nextLong();
        RandomStream c = r.copy();
        assertThat(first(c, 100)).isEqualTo(first(r, 100));
    }
}
