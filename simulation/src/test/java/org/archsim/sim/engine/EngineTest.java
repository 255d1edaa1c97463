package org.archsim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void runsEventsUpToAndIncludingTheEndThenAdvancesTheClock() {
        Engine engine = new Engine();
        List<Long> times = new ArrayList<>();
        int tick = engine.register((e, type, a, b) -> {
            times.add(e.now());
            e.scheduleAfter(1_000, 0, 0, type, a + 1, b); // handler id 0 is this handler
        });
        engine.schedule(0, 0, tick, 0, 0, 0);
        assertThat(engine.runUntil(10_000)).isEqualTo(11);
        assertThat(times).hasSize(11).startsWith(0L, 1_000L).endsWith(10_000L);
        assertThat(engine.now()).isEqualTo(10_000);
        assertThat(engine.runUntil(10_500)).isZero();
        assertThat(engine.now()).isEqualTo(10_500);
        assertThat(engine.nextEventTime()).isEqualTo(11_000);
        assertThat(engine.eventCount()).isEqualTo(11);
    }

    @Test
    void dispatchesToTheRightHandlerWithPayloadsInTieOrder() {
        Engine engine = new Engine(1);
        List<String> log = new ArrayList<>();
        int h0 = engine.register((e, type, a, b) -> log.add("h0:" + type + ":" + a + ":" + b));
        int h1 = engine.register((e, type, a, b) -> log.add("h1:" + type + ":" + a + ":" + b));
        engine.schedule(5, 2, h0, 1, 10, 20);
        engine.schedule(5, 1, h1, 2, 30, 40);
        engine.schedule(5, 1, h0, 3, 50, 60);
        engine.schedule(4, 9, h1, 4, 70, 80);
        engine.runUntil(5);
        assertThat(log).containsExactly("h1:4:70:80", "h1:2:30:40", "h0:3:50:60", "h0:1:10:20");
    }

    @Test
    void stopReturnsEarlyAndRunCanResume() {
        Engine engine = new Engine();
        int h = engine.register((e, type, a, b) -> {
            if (a == 3) {
                e.stop();
            }
        });
        for (int i = 0; i < 6; i++) {
            engine.schedule(i * 10, 0, h, 0, i, 0);
        }
        assertThat(engine.runUntil(1_000)).isEqualTo(4);
        assertThat(engine.now()).isEqualTo(30);
        assertThat(engine.runUntil(1_000)).isEqualTo(2);
        assertThat(engine.now()).isEqualTo(1_000);
        assertThat(engine.step()).isFalse();
    }

    @Test
    void rejectsThePastAndUnknownHandlers() {
        Engine engine = new Engine();
        int h = engine.register((e, type, a, b) -> { });
        engine.runUntil(100);
        assertThatThrownBy(() -> engine.schedule(99, 0, h, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.schedule(100, 0, 7, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.scheduleAfter(-1, 0, h, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.runUntil(50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.register(null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A self-rescheduling ring of 64 timers: the steady-state hot path must not allocate. */
    @Test
    void steadyStateAllocatesNothingPerEvent() {
        Engine engine = new Engine(16);
        long[] x = {0x1234_5678L};
        int h = engine.register((e, type, a, b) -> {
            x[0] = x[0] * 6364136223846793005L + 1442695040888963407L;
            e.scheduleAfter((x[0] >>> 54) + 1, (int) (x[0] & 3), type, type, a, b);
        });
        for (int i = 0; i < 64; i++) {
            engine.schedule(i, 0, h, h, i, 0);
        }
        engine.runUntil(5_000_000); // warm up the JIT and grow the arrays
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        long events = engine.runUntil(engine.now() + 50_000_000L);
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertThat(events).isGreaterThan(1_000_000);
        assertThat(allocated).as("bytes allocated over %d events", events).isLessThan(64 * 1024);
    }
}
