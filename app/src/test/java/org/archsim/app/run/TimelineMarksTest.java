package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.app.run.TimelineMarks.Group;
import org.archsim.app.run.TimelineMarks.Kind;
import org.archsim.app.run.TimelineMarks.Mark;
import org.junit.jupiter.api.Test;

/** The timeline's marks without a Stage: which there are, where they fall, which share a place, what they say. */
class TimelineMarksTest {

    private static Scenario scenario(double durationS, Fault... faults) {
        return new Scenario(durationS, 2, 1, List.of(new LoadStep(0, 1)), List.of(faults));
    }

    @Test
    void scheduledFaultsAndLiveActionsSayWhatAndWhen() {
        Scenario s = scenario(600,
                Fault.of(30, FaultType.CRASH, "catalog-db"),
                Fault.of(90, FaultType.SLOW_DOWN, "catalog").withFactor(3.0).withDurationS(60.0),
                Fault.partitionOf(120, List.of("readers", "app-b")),
                Fault.of(700, FaultType.CRASH, "orders-db")); // after the end: never happens, no mark
        List<LiveAction> actions = List.of(
                LiveAction.inject(12_345_678, Fault.of(0, FaultType.CRASH, "catalog-db")),
                LiveAction.inject(20_000_000, Fault.of(0, FaultType.TRAFFIC_SPIKE, null).withMultiplier(3.0)
                        .withDurationS(10.0)),
                LiveAction.load(25_000_000, 2.5),
                LiveAction.clear(40_000_000, Fault.of(0, FaultType.PARTITION, "app->db")),
                LiveAction.inject(41_000_000, Fault.of(0, FaultType.REPLICA_LAG, "r1").withLagMs(2000.0)));
        assertThat(TimelineMarks.of(s, actions)).extracting(Mark::kind, Mark::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.SCHEDULED, "30.0 s: crash catalog-db"),
                org.assertj.core.groups.Tuple.tuple(Kind.SCHEDULED, "90.0 s: slow-down catalog ×3 for 60 s"),
                org.assertj.core.groups.Tuple.tuple(Kind.SCHEDULED, "120.0 s: partition readers, app-b"),
                org.assertj.core.groups.Tuple.tuple(Kind.LIVE, "12.3 s: crash catalog-db"),
                org.assertj.core.groups.Tuple.tuple(Kind.LIVE, "20.0 s: traffic-spike ×3 for 10 s"),
                org.assertj.core.groups.Tuple.tuple(Kind.LIVE, "25.0 s: load ×2.5"),
                org.assertj.core.groups.Tuple.tuple(Kind.LIVE, "40.0 s: heal app->db"),
                org.assertj.core.groups.Tuple.tuple(Kind.LIVE, "41.0 s: replica-lag r1 +2000 ms"));
        assertThat(TimelineMarks.of(scenario(60), List.of())).isEmpty();
    }

    @Test
    void timeMapsOntoTheThumbsSpanAndStaysOnIt() {
        // a 600 s scenario on a track whose thumb centre runs from x = 10 to x = 510
        assertThat(TimelineMarks.x(0, 600, 10, 500)).isEqualTo(10);
        assertThat(TimelineMarks.x(30, 600, 10, 500)).isEqualTo(35);
        assertThat(TimelineMarks.x(600, 600, 10, 500)).isEqualTo(510);
        assertThat(TimelineMarks.x(-5, 600, 10, 500)).isEqualTo(10);
        assertThat(TimelineMarks.x(900, 600, 10, 500)).isEqualTo(510);
        assertThat(TimelineMarks.x(30, 0, 10, 500)).isEqualTo(10); // no length yet
        // the same mark on a strip resized to 1,000 px of track, and under a scenario twice as long
        assertThat(TimelineMarks.x(30, 600, 10, 1000)).isEqualTo(60);
        assertThat(TimelineMarks.x(30, 1200, 10, 1000)).isEqualTo(35);
    }

    @Test
    void marksTooCloseToTellApartShareOneMarkPerLane() {
        // 600 s over 600 px: one pixel a second; MIN_GAP is 12 px
        List<Mark> marks = List.of(
                new Mark(100, Kind.SCHEDULED, "crash a"),
                new Mark(105, Kind.SCHEDULED, "crash b"),
                new Mark(111.9, Kind.SCHEDULED, "crash c"),
                new Mark(112, Kind.SCHEDULED, "crash d"),   // 12 px from the group's first: a group of its own
                new Mark(300, Kind.SCHEDULED, "crash e"),
                new Mark(101, Kind.LIVE, "crash a"));        // another lane: never grouped with the scheduled
        List<Group> g = TimelineMarks.place(marks, 600, 0, 600);
        assertThat(g).extracting(Group::kind).containsExactly(Kind.SCHEDULED, Kind.SCHEDULED, Kind.SCHEDULED,
                Kind.LIVE);
        assertThat(g.get(0).marks()).extracting(Mark::what).containsExactly("crash a", "crash b", "crash c");
        assertThat(g.get(0).x()).isCloseTo(105.95, within(1e-9)); // the middle of its first and last
        assertThat(g.get(0).tooltip()).isEqualTo("100.0 s: crash a\n105.0 s: crash b\n111.9 s: crash c");
        assertThat(g.get(1).x()).isEqualTo(112);
        assertThat(g.get(1).tooltip()).isEqualTo("112.0 s: crash d");
        assertThat(g.get(2).x()).isEqualTo(300);
        assertThat(g.get(3).x()).isEqualTo(101);
        // ten times wider, a, b and c come apart; c and d, a pixel apart now, share a mark instead
        assertThat(TimelineMarks.place(marks, 600, 0, 6000)).extracting(x -> x.marks().size())
                .containsExactly(1, 1, 2, 1, 1);
    }

    @Test
    void aCrowdedGroupListsTwelveAndCountsTheRest() {
        List<Mark> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new Mark(i * 0.1, Kind.LIVE, "load ×" + i));
        }
        List<Group> g = TimelineMarks.place(many, 600, 0, 600);
        assertThat(g).hasSize(1);
        String[] lines = g.get(0).tooltip().split("\n");
        assertThat(lines).hasSize(13);
        assertThat(lines[0]).isEqualTo("0.0 s: load ×0");
        assertThat(lines[11]).isEqualTo("1.1 s: load ×11");
        assertThat(lines[12]).isEqualTo("… and 8 more");
    }

    @Test
    void thePointerFindsTheMarkUnderItInItsLane() {
        List<Group> g = TimelineMarks.place(List.of(new Mark(100, Kind.SCHEDULED, "crash a"),
                new Mark(102, Kind.LIVE, "crash b"), new Mark(200, Kind.LIVE, "crash c")), 600, 0, 600);
        assertThat(TimelineMarks.hit(g, 100, Kind.SCHEDULED).tooltip()).isEqualTo("100.0 s: crash a");
        assertThat(TimelineMarks.hit(g, 100, Kind.LIVE).tooltip()).isEqualTo("102.0 s: crash b");
        assertThat(TimelineMarks.hit(g, 100, null).tooltip()).isEqualTo("100.0 s: crash a"); // the nearer
        assertThat(TimelineMarks.hit(g, 106, Kind.SCHEDULED)).isEqualTo(g.get(0)); // half a mark and a pixel
        assertThat(TimelineMarks.hit(g, 106.5, Kind.SCHEDULED)).isNull();
        assertThat(TimelineMarks.hit(g, 150, null)).isNull();
    }
}
