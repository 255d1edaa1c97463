package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.archsim.app.export.Fixtures;
import org.archsim.app.run.CompareRun.Side;
import org.archsim.app.run.CompareRun.State;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison's states (idle → running → done, cancelled or failed), its figures against straight runs, in parallel
 * and one after the other, a Cancel that stops the simulations, a late result dropped, and located failures.
 */
class CompareRunTest {

    private static final Path MONOLITH = Fixtures.repo().resolve("assets/examples/monolith.archsim.json");
    private static final Path SCALED = Fixtures.repo().resolve("assets/examples/scaled-out.archsim.json");
    private static final Scenario THIRTY_S = RunViewModel.liveDefault().withDurationS(30).withWarmupS(3);

    @TempDir
    Path dir;

    private static Side file(Path p) {
        return new Side(p.getFileName().toString(), () -> DesignCodec.read(p));
    }

    private static void assertSameFigures(SimulationReport got, SimulationReport straight) {
        // Everything but the engine's wall-clock effort, which differs between any two runs.
        assertThat(got.simulatedS()).isEqualTo(straight.simulatedS());
        assertThat(got.system()).isEqualTo(straight.system());
        assertThat(got.components()).isEqualTo(straight.components());
        assertThat(got.failures()).isEqualTo(straight.failures());
        assertThat(got.engine().events()).isEqualTo(straight.engine().events());
    }

    @Test
    void runsBothToTheEndWithTheFiguresOfStraightRuns() throws Exception {
        CompareRun run = new CompareRun(Runnable::run, Runnable::run, () -> 0);
        List<State> states = new ArrayList<>();
        run.stateProperty().addListener((o, a, s) -> states.add(s));
        assertThat(run.stateProperty().get()).isEqualTo(State.IDLE);

        assertThat(run.start(file(MONOLITH), file(SCALED), THIRTY_S)).isTrue();

        assertThat(states).containsExactly(State.RUNNING, State.DONE);
        SimulationReport monolith = new Simulation(DesignCodec.read(MONOLITH), THIRTY_S).run();
        SimulationReport scaled = new Simulation(DesignCodec.read(SCALED), THIRTY_S).run();
        assertSameFigures(run.report(0), monolith);
        assertSameFigures(run.report(1), scaled);
        assertThat(monolith.system().throughputRps()).isBetween(180.0, 220.0); // the monolith's ≈ 200 req/s
        List<CompareFigures.Row> rows = run.rowsProperty().get();
        assertThat(rows).extracting(CompareFigures.Row::figure).startsWith("Throughput (req/s)", "Goodput (req/s)");
        assertThat(rows.get(0).a()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f",
                monolith.system().throughputRps()));
        assertThat(rows.get(0).b()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f",
                scaled.system().throughputRps()));
        assertThat(rows).filteredOn(r -> r.figure().equals("Latency p99 (ms)")).singleElement()
                .extracting(CompareFigures.Row::a)
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", monolith.system().latency().p99Ms()));
        assertThat(run.progressProperty(0).get()).isEqualTo(1.0);
        assertThat(run.progressTextProperty(1).get()).isEqualTo("30 s / 30 s");
        assertThat(run.statusProperty().get()).isEqualTo("Both runs finished in 0.0 s.");
        assertThat(run.name(0)).isEqualTo("monolith.archsim.json");
    }

    @Test
    void inParallelOnTwoThreadsTheFiguresAreTheSame() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>(); // this test's thread plays the FX thread
        try {
            CompareRun run = new CompareRun(two, fx::add, System::nanoTime);
            Set<String> threads = ConcurrentHashMap.newKeySet();
            Design monolith = DesignCodec.read(MONOLITH);
            Side a = new Side("a", () -> {
                threads.add(Thread.currentThread().getName());
                Thread.sleep(50); // both jobs hold a thread at once
                return monolith;
            });
            Side b = new Side("b", () -> {
                threads.add(Thread.currentThread().getName());
                Thread.sleep(50);
                return DesignCodec.read(SCALED);
            });
            run.start(a, b, THIRTY_S);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (run.stateProperty().get() == State.RUNNING && System.nanoTime() < deadline) {
                Runnable r = fx.poll(100, TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                }
            }
            assertThat(run.stateProperty().get()).isEqualTo(State.DONE);
            assertThat(threads).as("one thread per design").hasSize(2);
            assertSameFigures(run.report(0), new Simulation(monolith, THIRTY_S).run());
            assertSameFigures(run.report(1), new Simulation(DesignCodec.read(SCALED), THIRTY_S).run());
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void cancelStopsTheSimulationsWithinASimulatedSecond() throws Exception {
        CompareRun run = new CompareRun(Runnable::run, Runnable::run, () -> 0);
        Scenario long600 = RunViewModel.liveDefault();
        // Pressing Cancel as the first design's progress shows 10 s of 600.
        run.progressTextProperty(0).addListener((o, a, text) -> {
            if (text.startsWith("10 s ")) {
                run.cancel();
            }
        });
        run.start(file(MONOLITH), file(SCALED), long600);
        assertThat(run.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(run.reachedUs(0)).as("stopped at its next check").isEqualTo(10_000_000L);
        assertThat(run.reachedUs(1)).as("the second design never ran").isZero();
        assertThat(run.rowsProperty().get()).isEmpty();
        assertThat(run.report(0)).isNull();
        assertThat(run.statusProperty().get()).isEqualTo("Cancelled at 10 s and 0 s of 600 simulated seconds.");
        run.cancel();
        assertThat(run.stateProperty().get()).as("cancel only affects a run under way").isEqualTo(State.CANCELLED);
    }

    @Test
    void aLateResultAfterCancelIsIgnoredAndANewStartRuns() {
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> fx = new ArrayDeque<>();
        CompareRun run = new CompareRun(background::add, fx::add, () -> 0);
        assertThat(run.start(file(MONOLITH), file(SCALED), THIRTY_S)).isTrue();
        assertThat(run.start(file(SCALED), file(MONOLITH), THIRTY_S)).as("one comparison at a time").isFalse();
        background.remove().run();
        background.remove().run(); // both finished; their results wait for the FX thread
        assertThat(run.reachedUs(1)).isEqualTo(30_000_000L);
        run.cancel();
        fx.forEach(Runnable::run);
        fx.clear();
        assertThat(run.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(run.rowsProperty().get()).isEmpty();
        assertThat(run.report(0)).isNull();
        assertThat(run.progressTextProperty(0).get()).as("no late progress either").isEqualTo("0 s / 30 s");

        assertThat(run.start(file(MONOLITH), file(SCALED), THIRTY_S)).isTrue();
        background.forEach(Runnable::run);
        fx.forEach(Runnable::run);
        assertThat(run.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(run.rowsProperty().get()).hasSize(9);
    }

    @Test
    void aDesignFileThatDoesNotLoadFailsWithItsLocatedMessage() throws Exception {
        Path broken = dir.resolve("broken.archsim.json");
        Files.writeString(broken, Files.readString(MONOLITH).replaceFirst("\"kind\"\\s*:\\s*\"[a-z-]+\"",
                "\"kind\": \"teapot\""));
        CompareRun run = new CompareRun(Runnable::run, Runnable::run, () -> 0);
        run.start(file(broken), file(SCALED), THIRTY_S);
        assertThat(run.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(run.statusProperty().get())
                .startsWith("Cannot read broken.archsim.json: " + broken + ":")
                .containsPattern(":\\d+:\\d+: ")
                .contains("teapot");
        assertThat(run.reachedUs(1)).as("the other design is not run").isZero();

        Path gone = dir.resolve("gone.archsim.json");
        run.start(file(MONOLITH), file(gone), THIRTY_S);
        assertThat(run.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(run.statusProperty().get()).isEqualTo("Cannot read gone.archsim.json: no such file " + gone);
        assertThat(run.rowsProperty().get()).isEmpty();
    }

    @Test
    void aSimulationThatThrowsFailsWithItsMessage() {
        // More parts than the engine can index: the simulation refuses the design when it builds.
        Design huge = new Design("huge");
        for (int i = 0; i <= Short.MAX_VALUE; i++) {
            huge.addComponent(new Component("s" + i, Catalog.standard().require("service"), 0, 0));
        }
        CompareRun run = new CompareRun(Runnable::run, Runnable::run, () -> 0);
        run.start(file(MONOLITH), new Side("huge", () -> huge), THIRTY_S);
        assertThat(run.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(run.statusProperty().get())
                .isEqualTo("The simulation of huge failed after 0 s: a design may have at most 32767 parts and links");
        assertThat(run.report(0)).as("the first design's result is not kept").isNull();
    }
}
