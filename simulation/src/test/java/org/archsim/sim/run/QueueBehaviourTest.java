package org.archsim.sim.run;

import static org.archsim.sim.run.MsgFixtures.design;
import static org.archsim.sim.run.MsgFixtures.extra;
import static org.archsim.sim.run.MsgFixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.FailureCount;
import org.archsim.sim.report.SimulationReport;
import org.junit.jupiter.api.Test;

/** A queue absorbs spikes, pushes back when full, dead-letters poison messages, fans out or splits the work. */
class QueueBehaviourTest {

    /** 4 workers × 25 ms = 160 messages/s of consumer capacity. */
    private static final String WORKER = """
            {"id": "wk", "kind": "worker", "x": 0, "y": 0, "params": {"workers": 4, "serviceTimeMs": 25,
             "serviceDist": "exponential", "queueCapacity": 200}}""";
    private static final String USERS = """
            {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 100}}""";
    /** Load ×3 from 20 s to 40 s: 300 msg/s against 160/s of capacity. */
    private static final String SPIKE = """
            {"atS": 20, "type": "traffic-spike", "multiplier": 3, "durationS": 20}""";

    @Test
    void queueAbsorbsSpikeAndDrainsInTheTimeArithmeticPredicts() {
        Design d = design(USERS + ", " + """
                {"id": "q", "kind": "queue", "x": 0, "y": 0, "params": {"enqueueMs": 1}}, """ + WORKER,
                "{\"from\": \"users\", \"to\": \"q\"}, {\"from\": \"q\", \"to\": \"wk\"}");
        Simulation sim = new Simulation(d, scenario(120, 11, "{\"atS\": 0, \"multiplier\": 1}", SPIKE));
        sim.runUntil(20_000_000);
        double depthBefore = extra(sim.report(), "q", "depth");
        sim.runUntil(40_000_000);
        double depthAtEnd = extra(sim.report(), "q", "depth");
        // Backlog = (300 − 160) msg/s × 20 s = 2800; spare capacity after = 160 − 100 = 60/s → drains in ≈ 47 s.
        double drainedAt = -1;
        for (long t = 41; t <= 120 && drainedAt < 0; t++) {
            sim.runUntil(t * 1_000_000);
            if (extra(sim.report(), "q", "depth") <= 5) {
                drainedAt = t;
            }
        }
        SimulationReport r = sim.report();
        assertThat(depthBefore).isLessThan(30);
        assertThat(depthAtEnd).isBetween(2400.0, 3200.0);
        double predicted = 40 + depthAtEnd / 60.0;
        assertThat(drainedAt).isBetween(predicted - 12, predicted + 12);
        assertThat(extra(r, "q", "maxDepth")).isGreaterThanOrEqualTo(depthAtEnd);
        // Producers are acknowledged on enqueue: no errors, latency ≈ enqueueMs even at the peak.
        assertThat(r.system().errorRate()).isZero();
        assertThat(r.system().latency().p99Ms()).isLessThan(2.0);
        // Messages waited, though: the end-to-end processing time shows the backlog.
        assertThat(extra(r, "q", "processingP99Ms")).isGreaterThan(10_000);

        // The same spike sent straight to the worker (synchronous) fails a large share of requests.
        Design sync = design(USERS + ", " + WORKER, "{\"from\": \"users\", \"to\": \"wk\"}");
        SimulationReport s = new Simulation(sync, scenario(120, 11, "{\"atS\": 0, \"multiplier\": 1}", SPIKE)).run();
        assertThat(s.system().errors()).isGreaterThan(2000);
        assertThat(s.failures()).anyMatch(f -> f.reason().equals("queue-full") && f.where().equals("wk"));
        assertThat(s.system().latency().p99Ms()).isGreaterThan(500);
    }

    @Test
    void fullQueuePushesBackOnProducers() {
        // 100 msg/s into a 50-message queue drained at 10/s: after it fills, ~90 % of enqueues are refused.
        Design d = design(USERS + ", " + """
                {"id": "q", "kind": "queue", "x": 0, "y": 0, "params": {"capacity": 50, "enqueueMs": 1}},
                {"id": "wk", "kind": "worker", "x": 0, "y": 0, "params": {"workers": 1, "serviceTimeMs": 100,
                 "serviceDist": "constant", "queueCapacity": 0}}""",
                "{\"from\": \"users\", \"to\": \"q\"}, {\"from\": \"q\", \"to\": \"wk\"}");
        SimulationReport r = new Simulation(d, scenario(60, 3, "{\"atS\": 0, \"multiplier\": 1}", "")).run();
        assertThat(r.system().errorRate()).isCloseTo(0.9, within(0.03));
        long refused = r.failures().stream().filter(f -> f.reason().equals("queue-full") && f.where().equals("q"))
                .mapToLong(FailureCount::count).sum();
        assertThat(refused).isEqualTo(r.system().errors());
        assertThat(r.components().get("q").errorsByReason()).containsEntry("queue-full", refused);
        assertThat(extra(r, "q", "maxDepth")).isEqualTo(50.0);
        assertThat(extra(r, "q", "enqueued")).isCloseTo(r.system().completed(), within(0.5));
        assertThat(r.components().get("wk").completed()).isBetween(590L, 600L);
    }

    @Test
    void poisonMessagesLandInTheDeadLetterQueueAfterEveryRetry() {
        Design d = design("""
                {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 200}},
                {"id": "q", "kind": "queue", "x": 0, "y": 0, "params": {"poisonRatio": 0.1, "maxRetries": 2}},
                {"id": "wk", "kind": "worker", "x": 0, "y": 0, "params": {"workers": 8, "serviceTimeMs": 5,
                 "queueCapacity": 0}},
                {"id": "db", "kind": "database", "x": 0, "y": 0, "params": {}}""",
                "{\"from\": \"users\", \"to\": \"q\"}, {\"from\": \"q\", \"to\": \"wk\"}, {\"from\": \"wk\", \"to\": \"db\"}");
        // Producers stop at 50 s so every message has ended by 60 s.
        SimulationReport r = new Simulation(d, scenario(60, 5,
                "{\"atS\": 0, \"multiplier\": 1}, {\"atS\": 50, \"multiplier\": 0}", "")).run();
        double enqueued = extra(r, "q", "enqueued");
        double dead = extra(r, "q", "deadLettered");
        double acked = extra(r, "q", "acked");
        assertThat(enqueued).isBetween(9500.0, 10500.0);
        assertThat(dead / enqueued).isCloseTo(0.1, within(0.01));
        assertThat(acked + dead).isEqualTo(enqueued);
        // Each poison message was delivered 1 + maxRetries = 3 times; every other message once.
        assertThat(extra(r, "q", "delivered")).isEqualTo(acked + 3 * dead);
        assertThat(extra(r, "q", "redelivered")).isEqualTo(2 * dead);
        assertThat((double) r.components().get("wk").arrivals()).isEqualTo(acked + 3 * dead);
        assertThat(r.components().get("q").errorsByReason()).containsEntry("dead-lettered", (long) dead);
        assertThat(r.system().errorRate()).isZero(); // producers were acknowledged; the failure is the consumer's
    }

    @Test
    void withoutDeadLetterQueueFailedMessagesAreDropped() {
        Design d = design("""
                {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 200}},
                {"id": "q", "kind": "queue", "x": 0, "y": 0, "params": {"poisonRatio": 0.2, "maxRetries": 0,
                 "deadLetter": false}},
                {"id": "wk", "kind": "worker", "x": 0, "y": 0, "params": {"workers": 8, "serviceTimeMs": 5}}""",
                "{\"from\": \"users\", \"to\": \"q\"}, {\"from\": \"q\", \"to\": \"wk\"}");
        SimulationReport r = new Simulation(d, scenario(30, 5,
                "{\"atS\": 0, \"multiplier\": 1}, {\"atS\": 25, \"multiplier\": 0}", "")).run();
        assertThat(extra(r, "q", "deadLettered")).isZero();
        assertThat(extra(r, "q", "dropped") / extra(r, "q", "enqueued")).isCloseTo(0.2, within(0.02));
        assertThat(extra(r, "q", "delivered")).isEqualTo(extra(r, "q", "enqueued"));
    }

    private static Design twoGroups(String delivery) {
        return design("""
                {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 100}},
                {"id": "q", "kind": "queue", "x": 0, "y": 0, "params": {"delivery": "%s"}},
                {"id": "a", "kind": "worker", "x": 0, "y": 0, "params": {"workers": 4, "serviceTimeMs": 10}},
                {"id": "b", "kind": "worker", "x": 0, "y": 0, "params": {"workers": 4, "serviceTimeMs": 10}}"""
                .formatted(delivery),
                "{\"from\": \"users\", \"to\": \"q\"}, {\"from\": \"q\", \"to\": \"a\"}, {\"from\": \"q\", \"to\": \"b\"}");
    }

    private static final Scenario STOP_AT_25 = scenario(30, 9,
            "{\"atS\": 0, \"multiplier\": 1}, {\"atS\": 25, \"multiplier\": 0}", "");

    @Test
    void fanOutGivesEveryGroupEveryMessage() {
        SimulationReport r = new Simulation(twoGroups("fan-out"), STOP_AT_25).run();
        double enqueued = extra(r, "q", "enqueued");
        assertThat(enqueued).isBetween(2300.0, 2700.0);
        assertThat((double) r.components().get("a").completed()).isEqualTo(enqueued);
        assertThat((double) r.components().get("b").completed()).isEqualTo(enqueued);
        assertThat(extra(r, "q", "acked")).isEqualTo(2 * enqueued);
    }

    @Test
    void competingGroupsSplitTheMessages() {
        SimulationReport r = new Simulation(twoGroups("competing"), STOP_AT_25).run();
        double enqueued = extra(r, "q", "enqueued");
        long a = r.components().get("a").completed();
        long b = r.components().get("b").completed();
        assertThat((double) (a + b)).isEqualTo(enqueued);
        assertThat(a / enqueued).isCloseTo(0.5, within(0.02));
    }

    @Test
    void crashedConsumerStopsPullingAndResumesOnRecovery() {
        // 100 msg/s; the worker is down from 20 s to 30 s: messages wait instead of burning their retries.
        Design d = design(USERS + ", " + """
                {"id": "q", "kind": "queue", "x": 0, "y": 0, "params": {"maxRetries": 1}}, """ + WORKER,
                "{\"from\": \"users\", \"to\": \"q\"}, {\"from\": \"q\", \"to\": \"wk\"}");
        Simulation sim = new Simulation(d, scenario(90, 17,
                "{\"atS\": 0, \"multiplier\": 1}, {\"atS\": 80, \"multiplier\": 0}",
                "{\"atS\": 20, \"type\": \"crash\", \"target\": \"wk\", \"durationS\": 10}"));
        sim.runUntil(30_000_000);
        double depthAtRecovery = extra(sim.report(), "q", "depth");
        SimulationReport r = sim.run();
        assertThat(depthAtRecovery).isBetween(850.0, 1150.0);
        assertThat(extra(r, "q", "deadLettered")).isZero();
        // Only the few messages in service at the crash were redelivered; every message was processed in the end.
        assertThat(extra(r, "q", "redelivered")).isBetween(0.0, 4.0);
        assertThat(extra(r, "q", "acked")).isEqualTo(extra(r, "q", "enqueued"));
        assertThat(extra(r, "q", "depth")).isZero();
        assertThat(r.system().errorRate()).isZero();
    }

    @Test
    void sameRunTwiceGivesTheSameReport() {
        Design d = design(USERS + ", " + """
                {"id": "q", "kind": "queue", "x": 0, "y": 0, "params": {"poisonRatio": 0.05}}, """ + WORKER,
                "{\"from\": \"users\", \"to\": \"q\"}, {\"from\": \"q\", \"to\": \"wk\"}");
        Scenario s = scenario(60, 21, "{\"atS\": 0, \"multiplier\": 1}", SPIKE);
        SimulationReport r1 = new Simulation(d, s).run();
        SimulationReport r2 = new Simulation(d, s).run();
        SimulationReport r3 = new Simulation(d, s.withSeed(22)).run();
        assertThat(r2.components()).isEqualTo(r1.components());
        assertThat(r2.system()).isEqualTo(r1.system());
        assertThat(r2.engine().events()).isEqualTo(r1.engine().events());
        assertThat(r3.components().get("q").extra()).isNotEqualTo(r1.components().get("q").extra());
    }
}
