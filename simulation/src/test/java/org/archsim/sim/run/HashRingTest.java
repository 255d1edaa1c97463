package org.archsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashRingTest {

    @Test
    void addingAShardMovesAboutOneNthOfTheKeysAndOnlyToIt() {
        HashRing four = new HashRing(List.of("s1", "s2", "s3", "s4"), 160);
        HashRing five = new HashRing(List.of("s1", "s2", "s3", "s4", "s5"), 160);
        int keys = 200_000;
        int moved = 0;
        int[] load = new int[4];
        for (long k = 0; k < keys; k++) {
            int before = four.shardOf(k);
            int after = five.shardOf(k);
            load[before]++;
            if (before != after) {
                moved++;
                assertThat(after).isEqualTo(4); // a key only ever moves to the new shard
            }
        }
        assertThat(moved / (double) keys).isCloseTo(0.2, within(0.03));
        for (int l : load) {
            assertThat(l / (double) keys).isCloseTo(0.25, within(0.04));
        }
    }

    @Test
    void modularHashingWouldMoveMostKeys() {
        // The contrast the ring exists for: key mod N → key mod (N+1) moves about N/(N+1) of the keys.
        int moved = 0;
        for (long k = 0; k < 100_000; k++) {
            long h = HashRing.mix(k) >>> 1;
            if (h % 4 != h % 5) {
                moved++;
            }
        }
        assertThat(moved / 100_000.0).isGreaterThan(0.7);
    }
}
