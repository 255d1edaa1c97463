package org.archsim.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.archsim.app.export.Fixtures;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.observe.HopKind;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;

class LiveRunTest {

    private static final Scenario SCENARIO = Scenario.defaults().withDurationS(20).withWarmupS(1).withSeed(7);

    private final List<RunSnapshot> seen = new CopyOnWriteArrayList<>();

    private LiveRun start(Design d) {
        return new LiveRun(d, SCENARIO, Runnable::run, seen::add);
    }

    private RunSnapshot await(LiveRun run, Predicate<RunSnapshot> p) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            RunSnapshot s = run.latest();
            if (s != null && p.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        RunSnapshot s = run.latest();
        throw new AssertionError("timed out; last " + (s == null ? null : s.state() + " at " + s.nowUs()));
    }

    @Test
    void pacingMathAndSpeedLadder() {
        Pacer p = new Pacer(1_000_000_000L, 5_000_000L, 2.0);
        assertEquals(5_000_000L, p.targetUs(500_000_000L)); // before the anchor: stays
        assertEquals(7_000_000L, p.targetUs(2_000_000_000L)); // 1 s wall at 2× = 2 s simulated
        Pacer q = p.withSpeed(0.1, 2_000_000_000L, p.targetUs(2_000_000_000L));
        assertEquals(7_000_000L, q.targetUs(2_000_000_000L)); // no jump when the speed changes
        assertEquals(7_100_000L, q.targetUs(3_000_000_000L));
        assertEquals(Long.MAX_VALUE, new Pacer(0, 0, Pacer.FASTEST).targetUs(1));
        assertEquals(2, Pacer.step(1, true));
        assertEquals(0.5, Pacer.step(1, false));
        assertEquals(Pacer.FASTEST, Pacer.step(100, true));
        assertEquals(Pacer.MIN_SPEED, Pacer.step(0.1, false));
        assertEquals("0.25×", Pacer.label(0.25));
    }

    @Test
    void stateTransitionsStepAndReset() throws Exception {
        try (LiveRun run = start(Fixtures.example("microservices"))) {
            assertEquals(RunState.IDLE, await(run, s -> true).state());
            run.step();
            RunSnapshot s = await(run, x -> x.nowUs() == LiveRun.STEP_US);
            assertEquals(RunState.PAUSED, s.state());
            run.setSpeed(Pacer.FASTEST);
            run.play();
            await(run, x -> x.state() == RunState.RUNNING);
            RunSnapshot end = await(run, x -> x.state() == RunState.FINISHED);
            assertEquals(20_000_000L, end.nowUs());
            assertTrue(end.report().system().arrivals() > 1000, "requests were served");
            run.reset();
            RunSnapshot r = await(run, x -> x.state() == RunState.IDLE);
            assertEquals(0, r.nowUs());
            assertTrue(r.generation() > end.generation(), "a reset starts a new generation");
        }
    }

    @Test
    void hopBufferIsBoundedAndCountsEveryLink() {
        HopBuffer b = new HopBuffer(3, 2, 10, 0);
        for (int i = 0; i < 5; i++) {
            b.hop(i, 0, 1, i % 2, HopKind.REQUEST, i);
        }
        HopBatch batch = b.drain(1_000_000);
        assertEquals(3, batch.size());
        assertEquals(2, batch.dropped());
        assertEquals(3, batch.perLink()[0]);
        assertEquals(2, batch.perLink()[1]);
        assertEquals(30.0, batch.ratePerSecond(0), 1e-9); // 3 sampled of every 10th, over one second
        assertEquals(0, b.drain(2_000_000).size());
    }

    @Test
    void publishingIsCoalescedIntoOnePendingDelivery() throws Exception {
        ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();
        List<RunSnapshot> delivered = new ArrayList<>();
        try (LiveRun run = new LiveRun(Fixtures.example("microservices"), SCENARIO, fxQueue::add, delivered::add)) {
            for (int i = 0; i < 20; i++) {
                run.step(); // every step publishes at once
            }
            await(run, x -> x.nowUs() == 20 * LiveRun.STEP_US);
            assertEquals(1, fxQueue.size(), "the FX thread has at most one delivery pending");
            fxQueue.poll().run();
            assertEquals(1, delivered.size());
            assertEquals(20 * LiveRun.STEP_US, delivered.get(0).nowUs(), "the pending delivery carries the latest");
        }
    }

    @Test
    void rewindReproducesAStraightRunWithTheSameActions() throws Exception {
        Design d = Fixtures.example("microservices");
        try (LiveRun run = start(d)) {
            for (int i = 0; i < 30; i++) {
                run.step();
            }
            run.inject(Fault.of(0, FaultType.CRASH, "catalog-replica"));
            run.setLoad(2);
            for (int i = 0; i < 30; i++) {
                run.step();
            }
            RunSnapshot before = await(run, x -> x.nowUs() == 60 * LiveRun.STEP_US);
            assertEquals(2, before.actions().size());
            run.rewindTo(4_500_000L);
            RunSnapshot after = await(run, x -> x.nowUs() == 4_500_000L);
            Simulation straight = new Simulation(d, SCENARIO);
            straight.runUntil(3_000_000L);
            straight.inject(Fault.of(0, FaultType.CRASH, "catalog-replica"));
            straight.setLiveLoad(2);
            straight.runUntil(4_500_000L);
            assertEquals(straight.report().system(), after.report().system());
            assertEquals(straight.report().components(), after.report().components());
            assertTrue(after.report().components().get("catalog-replica").errors() > 0
                    || after.parts().stream().anyMatch(p -> p.id().equals("catalog-replica") && p.down()));
            run.rewindTo(2_000_000L);
            RunSnapshot early = await(run, x -> x.nowUs() == 2_000_000L);
            assertEquals(0, early.actions().size(), "actions after the rewound-to time are forgotten");
        }
    }
}
