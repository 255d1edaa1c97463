package org.archsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyCacheTest {

    @Test
    void lruEvictsTheLeastRecentlyUsed() {
        KeyCache c = new KeyCache(3, false, 0);
        c.put(1, 0, false);
        c.put(2, 0, false);
        c.put(3, 0, false);
        assertThat(c.get(1, 0)).isTrue(); // 2 is now the least recent
        c.put(4, 0, false);
        assertThat(c.get(2, 0)).isFalse();
        assertThat(c.get(1, 0) && c.get(3, 0) && c.get(4, 0)).isTrue();
        assertThat(c.evictions).isEqualTo(1);
    }

    @Test
    void lfuEvictsTheLeastFrequentlyUsed() {
        KeyCache c = new KeyCache(3, true, 0);
        c.put(1, 0, false);
        c.put(2, 0, false);
        c.put(3, 0, false);
        for (int i = 0; i < 5; i++) {
            c.get(1, 0);
            c.get(3, 0);
        }
        c.get(2, 0);
        c.put(4, 0, false); // 2 has the fewest uses
        assertThat(c.get(2, 0)).isFalse();
        c.put(5, 0, false); // 4 (two uses, older than 5) leaves next
        assertThat(c.get(4, 0)).isFalse();
        assertThat(c.get(1, 0) && c.get(3, 0) && c.get(5, 0)).isTrue();
    }

    @Test
    void entriesExpireAfterTheTtlAndDirtyEntriesAreReportedOnEviction() {
        KeyCache c = new KeyCache(2, false, 1_000);
        c.put(7, 0, false);
        assertThat(c.get(7, 999)).isTrue();
        assertThat(c.get(7, 1_000)).isFalse();
        assertThat(c.size()).isZero();
        c.put(1, 0, true);
        c.put(2, 0, false);
        c.put(3, 0, false);
        assertThat(c.evictedDirtyKey).isEqualTo(1);
        assertThat(c.dirtyCount()).isZero();
    }

    @Test
    void manyRandomOperationsKeepTheIndexConsistent() {
        KeyCache c = new KeyCache(500, false, 0);
        java.util.LinkedHashMap<Long, Boolean> model = new java.util.LinkedHashMap<>(16, 0.75f, true);
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < 200_000; i++) {
            long k = rnd.nextInt(2000);
            int op = rnd.nextInt(10);
            if (op < 6) {
                assertThat(c.get(k, 0)).isEqualTo(model.get(k) != null);
            } else if (op < 9) {
                c.put(k, 0, false);
                model.put(k, true);
                if (model.size() > 500) {
                    model.remove(model.keySet().iterator().next());
                }
            } else {
                c.invalidate(k);
                model.remove(k);
            }
        }
        assertThat(c.size()).isEqualTo(model.size());
    }
}
