package org.archsim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    /** A reference event: (time, priority, insertion order, payload). */
    record Ev(long time, int priority, long seq, int payload) {
    }

    private static final Comparator<Ev> ORDER =
            Comparator.comparingLong(Ev::time).thenComparingInt(Ev::priority).thenComparingLong(Ev::seq);

    @Test
    void pollsByTimeThenPriorityThenInsertionOrder() {
        EventQueue q = new EventQueue(2);
        q.add(50, 0, 0, 0, 1, 0);
        q.add(10, 5, 0, 0, 2, 0);
        q.add(10, 1, 0, 0, 3, 0);
        q.add(10, 5, 0, 0, 4, 0);
        q.add(10, 1, 0, 0, 5, 0);
        q.add(0, 9, 0, 0, 6, 0);
        List<Integer> order = new ArrayList<>();
        while (!q.isEmpty()) {
            q.poll();
            order.add(q.polledA());
        }
        assertThat(order).containsExactly(6, 3, 5, 2, 4, 1);
    }

    @Test
    void carriesAllFieldsAndGrows() {
        EventQueue q = new EventQueue(1);
        for (int i = 0; i < 1000; i++) {
            q.add(1000 - i, -i, i % 7, i % 3, i, -i);
        }
        assertThat(q.size()).isEqualTo(1000);
        assertThat(q.capacity()).isGreaterThanOrEqualTo(1000);
        assertThat(q.peekTime()).isEqualTo(1);
        q.poll();
        assertThat(q.polledTime()).isEqualTo(1);
        assertThat(q.polledPriority()).isEqualTo(-999);
        assertThat(q.polledHandler()).isEqualTo(999 % 7);
        assertThat(q.polledType()).isEqualTo(999 % 3);
        assertThat(q.polledA()).isEqualTo(999);
        assertThat(q.polledB()).isEqualTo(-999);
        assertThat(q.polledSequence()).isEqualTo(999);
    }

    @Test
    void emptyQueueBehaviour() {
        EventQueue q = new EventQueue();
        assertThat(q.peekTime()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(q::poll).isInstanceOf(NoSuchElementException.class);
        q.add(3, 0, 0, 0, 0, 0);
        q.clear();
        assertThat(q.isEmpty()).isTrue();
        assertThatThrownBy(() -> new EventQueue(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void drainsInSortedOrder(@ForAll @Size(max = 400) List<@IntRange(max = 99) Integer> codes) {
        EventQueue q = new EventQueue(4);
        List<Ev> expected = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            long time = codes.get(i) / 4; // few distinct times: many ties
            int prio = codes.get(i) % 4;
            q.add(time, prio, 0, 0, i, 0);
            expected.add(new Ev(time, prio, i, i));
        }
        expected.sort(ORDER);
        List<Integer> actual = new ArrayList<>();
        while (!q.isEmpty()) {
            q.poll();
            actual.add(q.polledA());
        }
        assertThat(actual).isEqualTo(expected.stream().map(Ev::payload).toList());
    }

    @Property(tries = 300)
    void interleavedAddsAndPollsMatchReference(@ForAll @Size(max = 600) List<@IntRange(min = -1, max = 63) Integer> ops) {
        EventQueue q = new EventQueue(1);
        PriorityQueue<Ev> ref = new PriorityQueue<>(ORDER);
        long clock = 0;
        int n = 0;
        for (int op : ops) {
            if (op < 0 || op % 5 == 0) {
                if (ref.isEmpty()) {
                    assertThat(q.isEmpty()).isTrue();
                    continue;
                }
                Ev e = ref.poll();
                q.poll();
                assertThat(q.polledA()).isEqualTo(e.payload());
                assertThat(q.polledTime()).isEqualTo(e.time());
                clock = e.time();
            } else {
                long time = clock + op / 8; // never before the last polled time, like a simulation
                int prio = op % 3;
                q.add(time, prio, 0, 0, n, 0);
                ref.add(new Ev(time, prio, n, n));
                n++;
            }
            assertThat(q.size()).isEqualTo(ref.size());
        }
    }

    /**
     * Delays spread across the near-future bucket ring, beyond it (into the heap) and round it many times, with ties
     * at equal times: the order must still be (time, priority, insertion) whichever structure holds an event.
     */
    @Property(tries = 200)
    void wideDelaysAcrossTheBucketRingMatchReference(
            @ForAll @Size(max = 800) List<@IntRange(min = 0, max = 9999) Integer> ops) {
        EventQueue q = new EventQueue(2);
        PriorityQueue<Ev> ref = new PriorityQueue<>(ORDER);
        long clock = 0;
        int n = 0;
        for (int op : ops) {
            if (op % 3 == 0) {
                if (ref.isEmpty()) {
                    assertThat(q.isEmpty()).isTrue();
                    continue;
                }
                Ev e = ref.poll();
                assertThat(q.peekTime()).isEqualTo(e.time());
                q.poll();
                assertThat(q.polledA()).isEqualTo(e.payload());
                assertThat(q.polledTime()).isEqualTo(e.time());
                assertThat(q.polledPriority()).isEqualTo(e.priority());
                clock = e.time();
            } else {
                // 0-99 us (same bucket, many ties), up to ~0.1 s (past the ~65 ms ring) or up to ~1 s.
                long delay = switch (op % 4) {
                    case 0 -> op % 7;
                    case 1 -> (op % 100);
                    case 2 -> op * 11L;
                    default -> op * 97L;
                };
                int prio = op % 2 * 5;
                q.add(clock + delay, prio, 0, 0, n, 0);
                ref.add(new Ev(clock + delay, prio, n, n));
                n++;
            }
            assertThat(q.size()).isEqualTo(ref.size());
        }
        while (!ref.isEmpty()) {
            Ev e = ref.poll();
            q.poll();
            assertThat(q.polledA()).isEqualTo(e.payload());
        }
        assertThat(q.isEmpty()).isTrue();
    }
}
