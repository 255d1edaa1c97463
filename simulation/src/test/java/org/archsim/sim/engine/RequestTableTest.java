package org.archsim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestTableTest {

    @Test
    void releasedHandlesAreReusedWithFieldsResetAndANewGeneration() {
        RequestTable t = new RequestTable(4);
        int a = t.allocate(100);
        t.setKey(a, 42);
        t.setType(a, RequestTable.WRITE);
        t.setEndpoint(a, 3);
        t.setOrigin(a, 7);
        t.setHop(a, 2);
        t.setParent(a, 1);
        t.setAttempt(a, 2);
        t.setFailure(a, FailureReason.QUEUE_FULL);
        int gen = t.generation(a);
        t.release(a);
        assertThat(t.isLive(a)).isFalse();
        int b = t.allocate(200);
        assertThat(b).isEqualTo(a);
        assertThat(t.isCurrent(b, gen)).isFalse();
        assertThat(t.isCurrent(b, t.generation(b))).isTrue();
        assertThat(t.createdUs(b)).isEqualTo(200);
        assertThat(t.stampUs(b)).isEqualTo(200);
        assertThat(t.key(b)).isZero();
        assertThat(t.type(b)).isEqualTo(RequestTable.READ);
        assertThat(t.endpoint(b)).isZero();
        assertThat(t.origin(b)).isEqualTo(RequestTable.NONE);
        assertThat(t.hop(b)).isZero();
        assertThat(t.parent(b)).isEqualTo(RequestTable.NONE);
        assertThat(t.next(b)).isEqualTo(RequestTable.NONE);
        assertThat(t.attempt(b)).isZero();
        assertThat(t.failure(b)).isEqualTo(FailureReason.NONE);
    }

    @Test
    void growsByDoublingAndKeepsLiveData() {
        RequestTable t = new RequestTable(2);
        for (int i = 0; i < 100; i++) {
            int h = t.allocate(i);
            assertThat(h).isEqualTo(i);
            t.setKey(h, i * 10L);
        }
        assertThat(t.capacity()).isEqualTo(128);
        assertThat(t.liveCount()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(t.key(i)).isEqualTo(i * 10L);
            assertThat(t.createdUs(i)).isEqualTo(i);
        }
    }

    @Test
    void steadyChurnDoesNotGrow() {
        RequestTable t = new RequestTable(8);
        int[] live = new int[8];
        for (int i = 0; i < 8; i++) {
            live[i] = t.allocate(0);
        }
        for (int round = 0; round < 10_000; round++) {
            int slot = round % 8;
            t.release(live[slot]);
            live[slot] = t.allocate(round);
        }
        assertThat(t.capacity()).isEqualTo(8);
        assertThat(t.liveCount()).isEqualTo(8);
    }

    @Test
    void doubleReleaseAndUnknownHandlesAreRejected() {
        RequestTable t = new RequestTable();
        int h = t.allocate(0);
        t.release(h);
        assertThatThrownBy(() -> t.release(h)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> t.release(99)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> t.release(-1)).isInstanceOf(IllegalStateException.class);
        assertThat(FailureReason.fromCode(FailureReason.TIMED_OUT.code())).isEqualTo(FailureReason.TIMED_OUT);
    }
}
