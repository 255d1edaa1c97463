package org.archsim.lessons.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Every goal type, passing and failing, with the exact sentence a learner reads. */
class GoalsTest {

    static final String MONO = """
            {"format": "archsim.design/1", "name": "m", "components": [
              {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 100}},
              {"id": "app", "kind": "service", "x": 1, "y": 0, "params": {"workers": 8, "serviceTimeMs": 10}},
              {"id": "db", "kind": "database", "x": 2, "y": 0, "params": {}}],
             "links": [{"from": "users", "to": "app"}, {"from": "app", "to": "db"}]}""";
    static final String LB = """
            {"format": "archsim.design/1", "name": "lb", "components": [
              {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 100}},
              {"id": "lb", "kind": "load-balancer", "x": 1, "y": 0, "params": {"healthCheckIntervalMs": 200}},
              {"id": "app", "kind": "service", "x": 2, "y": 0, "params": {"instances": 2}},
              {"id": "app-2", "kind": "service", "x": 2, "y": 1, "params": {}}],
             "links": [{"from": "users", "to": "lb"}, {"from": "lb", "to": "app"}, {"from": "lb", "to": "app-2"}]}""";

    static Design d(String text) throws Exception {
        return DesignCodec.read("t", text);
    }

    static final Scenario CRASH = new Scenario(20, 2, 7, List.of(new LoadStep(0, 1, 0)),
            List.of(new Fault(8, FaultType.CRASH, "app", List.of(), 6.0, null, null, null, null)));

    static GoalResult eval(String design, Scenario s, Goal g) throws Exception {
        return GoalEvaluator.evaluate(d(design), s, List.of(g)).get(0);
    }

    @Test
    void structuralGoals() throws Exception {
        Scenario s = Scenario.defaults();
        assertThat(eval(MONO, s, new NoSinglePointOfFailure()).message())
                .isEqualTo("2 parts are single points of failure: app, db; the goal is none");
        assertThat(eval(MONO, s, new PartCount("service", 2, null)))
                .isEqualTo(new GoalResult("at least 2 parts of kind service", false,
                        "the design has 1 part of kind service; the goal is at least 2"));
        assertThat(eval(MONO, s, new PartCount(null, null, 2)).message())
                .isEqualTo("the design has 2 parts; the goal is at most 2");
        assertThat(eval(MONO, s, new PartCount(null, null, 1)).passed()).isFalse();
        assertThat(eval(MONO, s, new InstancesBehindBalancer(2)).message())
                .isEqualTo("the design has no load balancer; the goal is at least 2 instances behind one");
        assertThat(eval(LB, s, new InstancesBehindBalancer(3)))
                .extracting(GoalResult::passed, GoalResult::message)
                .containsExactly(true, "the best-served load balancer has 3 instances behind it; the goal is at least 3");
        assertThat(eval(MONO, s, new MaxCost(0.2)).message())
                .isEqualTo("the design costs $0.35 per hour; the goal is at most $0.2");
        assertThat(eval(MONO, s, new MaxCost(1)).passed()).isTrue();
        assertThat(eval(MONO, s, new KindUsage("cache", true)).message())
                .isEqualTo("the design has 0 parts of kind cache; the goal is at least one");
        assertThat(eval(MONO, s, new KindUsage("cache", false)).passed()).isTrue();
        assertThat(eval(MONO, s, new NoDesignErrors()).passed()).isTrue();
    }

    @Test
    void behaviouralGoalsOnAWholeRun() throws Exception {
        Scenario s = new Scenario(10, 1, 3, List.of(new LoadStep(0, 1, 0)), List.of());
        GoalResult lat = eval(MONO, s, new LatencyGoal("p99", 1, null));
        assertThat(lat.passed()).isFalse();
        assertThat(lat.message()).matches("p99 latency was [0-9.]+ ms; the goal is at most 1 ms");
        assertThat(eval(MONO, s, new LatencyGoal("mean", 1000, null)).passed()).isTrue();
        assertThat(eval(MONO, s, new LatencyGoal("p50", 10, "/nope")).message())
                .isEqualTo("no request for /nope reached the design; the goal is p50 latency at most 10 ms");
        assertThat(eval(MONO, s, new ErrorRateGoal(0.01, null, null)).message())
                .matches("the error rate was 0% \\(0 of \\d+ requests failed\\); the goal is at most 1%");
        assertThat(eval(MONO, s, new ThroughputGoal(500, null)).message())
                .matches("throughput was [0-9.]+ rps; the goal is at least 500 rps");
        assertThat(eval(MONO, s, new StaleReadsGoal(0))).extracting(GoalResult::passed, GoalResult::message)
                .containsExactly(true, "0 reads returned stale data; the goal is none");
        assertThat(eval(MONO, s, new PartFigureGoal("app", PartFigureGoal.Figure.UTILIZATION, 0.05)).message())
                .matches("app was busy [0-9.]+% of the time; the goal is at most 5%");
        assertThat(eval(MONO, s, new PartFigureGoal("cache", PartFigureGoal.Figure.HIT_RATIO, 0.8)).message())
                .isEqualTo("the design has no part \"cache\"; the goal is at least 80% for it");
        assertThat(eval(MONO, s, new PartFigureGoal("db", PartFigureGoal.Figure.HIT_RATIO, 0.8)).message())
                .isEqualTo("db reported no hit ratio (is it a cache that is used?); the goal is at least 80%");
    }

    @Test
    void windowedGoalsSeeOnlyTheirWindow() throws Exception {
        Window w = new Window(8, 14, "while app is down");
        GoalResult during = eval(MONO, CRASH, new ErrorRateGoal(0.01, null, w));
        assertThat(during.passed()).isFalse();
        assertThat(during.message()).isEqualTo("the error rate while app is down was 100% (577 of 577 requests failed); the goal is at most 1%");
        assertThat(eval(MONO, CRASH, new ErrorRateGoal(0.01, null, Window.between(3, 7))).passed()).isTrue();
        assertThat(eval(MONO, CRASH, new AvailabilityGoal(0.99, "/", w)).message())
                .matches("availability of / while app is down was [0-9.]+%; the goal is at least 99%");
        assertThat(eval(MONO, CRASH, new ThroughputGoal(50, w)).message())
                .matches("throughput while app is down was [0-9.]+ rps; the goal is at least 50 rps");
        assertThat(eval(MONO, CRASH, new ThroughputGoal(50, Window.between(3, 7))).passed()).isTrue();
    }

    /** users → app (shardBy) → s1…s4, with s4 joining at 6 s. */
    static String shards(String shardBy) {
        return """
                {"format": "archsim.design/1", "name": "sh", "components": [
                  {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 200}},
                  {"id": "app", "kind": "service", "x": 1, "y": 0, "params": {"shardBy": "%s"}},
                  {"id": "s1", "kind": "database", "x": 2, "y": 0, "params": {}},
                  {"id": "s2", "kind": "database", "x": 2, "y": 1, "params": {}},
                  {"id": "s3", "kind": "database", "x": 2, "y": 2, "params": {}},
                  {"id": "s4", "kind": "database", "x": 2, "y": 3, "params": {}}],
                 "links": [{"from": "users", "to": "app"}, {"from": "app", "to": "s1"}, {"from": "app", "to": "s2"},
                   {"from": "app", "to": "s3"}, {"from": "app", "to": "s4"}]}""".formatted(shardBy);
    }

    @Test
    void keysMovedReadsTheLargestReshardOfTheRun() throws Exception {
        Scenario join = new Scenario(10, 1, 3, List.of(new LoadStep(0, 1, 0)),
                List.of(Fault.of(6, FaultType.ADD_SHARD, "s4")));
        GoalResult mod = eval(shards("hash"), join, new KeysMovedGoal(0.3));
        assertThat(mod.passed()).isFalse();
        // hash mod 3 → mod 4 moves three keys in four
        assertThat(mod.message()).matches("7[4-6](\\.\\d+)?% of the keys changed shard \\(the shard set of s1\\); "
                + "the goal is at most 30%");
        GoalResult ring = eval(shards("consistent-hashing"), join, new KeysMovedGoal(0.3));
        assertThat(ring.passed()).isTrue();
        assertThat(ring.message()).matches("2[0-9](\\.\\d+)?% of the keys changed shard .*");
        assertThat(new KeysMovedGoal(0.3).describe())
                .isEqualTo("at most 30% of the keys change shard when the shards change");
        GoalResult none = eval(shards("consistent-hashing"), new Scenario(10, 1, 3, List.of(new LoadStep(0, 1, 0)),
                List.of()), new KeysMovedGoal(0.3));
        assertThat(none).extracting(GoalResult::passed, GoalResult::message).containsExactly(false,
                "no shard set changed during the run (is the data sharded over the database the scenario adds or "
                        + "removes?); the goal is at most 30%");
    }

    @Test
    void aDesignWithErrorsIsNotRun() throws Exception {
        Design bad = d(MONO);
        bad.setParam("app", "workers", 0);
        GoalResult r = GoalEvaluator.evaluate(bad, Scenario.defaults(), List.of(new LatencyGoal("p99", 1, null))).get(0);
        assertThat(r.message()).isEqualTo("the design has errors, so it could not be run; fix them first");
        assertThat(Map.of("k", Fmt.pct(0.99995))).containsEntry("k", "99.995%");
    }
}
