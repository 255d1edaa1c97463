package org.archsim.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.run.Simulation;

/**
 * A simulation running live on its own single worker thread (the engine is single-threaded). Every control is a
 * command queued to that thread and applied between two slices of simulated time, at the simulated time reached; the
 * thread publishes an immutable {@link RunSnapshot} at most {@link #FRAME_MS} apart through one atomic reference and
 * one pending {@code fx.execute}, so the UI thread is never flooded.
 *
 * <p>Determinism: a run is its design, scenario and list of {@link LiveAction}s. Rewinding and editing the design
 * both rebuild a fresh simulation and replay the actions up to the wanted time ({@link #replay}); the state reached
 * equals that of the live run at that time.
 */
public final class LiveRun implements AutoCloseable {

    /** Minimum wall time between two published snapshots (≈ 10 Hz). */
    public static final long FRAME_MS = 100;
    /** Sampling of requests for animation: every Kth, at most this many per simulated second. */
    public static final int SAMPLE_EVERY = 20;
    public static final int SAMPLE_MAX_PER_S = 2000;
    /** Hops kept per published frame. */
    public static final int HOPS_PER_FRAME = 5000;
    /** Traced requests kept for the dashboard's request list (the latest that ended). */
    public static final int TRACES_KEPT = 40;
    /** Simulated time one Step advances. */
    public static final long STEP_US = 100_000;

    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<RunSnapshot> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Executor fx;
    private final Consumer<RunSnapshot> onFx;
    private final Thread worker;
    private volatile boolean closed;

    // Owned by the worker thread.
    private Design design;
    private Scenario scenario;
    private Simulation sim;
    private HopBuffer hops;
    private final List<LiveAction> actions = new ArrayList<>();
    private RunState state = RunState.IDLE;
    private Pacer pacer = new Pacer(0, 0, 1);
    private double load = 1;
    private long generation;
    private long lastPublishNanos;
    private long eventsAtPublish;
    private List<org.archsim.sim.observe.RequestTrace> traces = List.of();

    /** A run of {@code design} under {@code scenario}, paused at t = 0; snapshots go to {@code onFx} via {@code fx}. */
    public LiveRun(Design design, Scenario scenario, Executor fx, Consumer<RunSnapshot> onFx) {
        this.fx = fx;
        this.onFx = onFx;
        this.design = design.copy();
        this.scenario = scenario;
        rebuild(0);
        state = RunState.IDLE;
        worker = new Thread(this::loop, "archsim-live-run");
        worker.setDaemon(true);
        worker.start();
        submit(() -> publish(true));
    }

    // ---- commands (any thread) --------------------------------------------------------------------------------------

    public void play() {
        submit(() -> {
            if (state != RunState.FINISHED) {
                state = RunState.RUNNING;
                pacer = pacer.withSpeed(pacer.speed(), System.nanoTime(), sim.now());
            }
        });
    }

    public void pause() {
        submit(() -> state = state == RunState.RUNNING ? RunState.PAUSED : state);
    }

    /** Pauses and advances {@link #STEP_US} of simulated time. */
    public void step() {
        submit(() -> {
            if (state != RunState.FINISHED) {
                state = RunState.PAUSED;
                advance(sim.now() + STEP_US);
            }
        });
    }

    /** Back to t = 0 with no live actions, paused. */
    public void reset() {
        submit(() -> {
            actions.clear();
            load = 1;
            rebuild(0);
            state = RunState.IDLE;
        });
    }

    public void setSpeed(double speed) {
        submit(() -> pacer = pacer.withSpeed(speed, System.nanoTime(), sim.now()));
    }

    /** Multiplies the clients' rates by {@code m} from the current simulated time on. */
    public void setLoad(double m) {
        submit(() -> {
            load = m;
            act(LiveAction.load(sim.now(), m));
        });
    }

    /** Starts {@code f} at the current simulated time. */
    public void inject(Fault f) {
        submit(() -> act(LiveAction.inject(sim.now(), f)));
    }

    /** Ends {@code f}'s effect at the current simulated time (recover). */
    public void clear(Fault f) {
        submit(() -> act(LiveAction.clear(sim.now(), f)));
    }

    /** Goes back (or forward) to simulated time {@code tUs}: replays from t = 0; later actions are forgotten. */
    public void rewindTo(long tUs) {
        submit(() -> {
            actions.removeIf(a -> a.timeUs() > tUs);
            rebuild(Math.max(0, Math.min(tUs, sim.durationUs())));
            if (state == RunState.FINISHED) {
                state = RunState.PAUSED;
            }
        });
    }

    /** The design changed: restart with it and fast-forward, with the same actions, to the current simulated time. */
    public void setDesign(Design d) {
        Design copy = d.copy();
        submit(() -> {
            design = copy;
            rebuild(sim.now());
        });
    }

    /** A different scenario: starts over at t = 0. */
    public void setScenario(Scenario s) {
        submit(() -> {
            scenario = s;
            actions.clear();
            rebuild(0);
            state = RunState.IDLE;
        });
    }

    /** The latest snapshot published (null before the first). */
    public RunSnapshot latest() {
        return latest.get();
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }

    /** A fresh run of {@code design} under {@code scenario} with {@code actions} replayed, stopped at {@code toUs}. */
    public static Simulation replay(Design design, Scenario scenario, List<LiveAction> actions, long toUs) {
        Simulation s = new Simulation(design, scenario);
        for (LiveAction a : actions) {
            if (a.timeUs() > toUs) {
                break;
            }
            s.runUntil(a.timeUs());
            a.applyTo(s);
        }
        s.runUntil(toUs);
        return s;
    }

    // ---- the worker ---------------------------------------------------------------------------------------------------

    private void submit(Runnable r) {
        commands.add(r);
    }

    private void act(LiveAction a) {
        actions.add(a);
        a.applyTo(sim);
    }

    private void rebuild(long toUs) {
        generation++;
        sim = replay(design, scenario, actions, toUs);
        sim.sample(SAMPLE_EVERY, SAMPLE_MAX_PER_S);
        sim.setTracing(TRACES_KEPT); // traces follow sampled requests only: no effect on the run itself
        hops = new HopBuffer(HOPS_PER_FRAME, design.links().size(), SAMPLE_EVERY, sim.now());
        sim.setListener(hops);
        pacer = pacer.withSpeed(pacer.speed(), System.nanoTime(), sim.now());
        eventsAtPublish = sim.report().system().arrivals();
        publish(true);
    }

    private void advance(long toUs) {
        sim.runUntil(Math.min(Math.max(toUs, sim.now()), sim.durationUs()));
        if (sim.finished()) {
            state = RunState.FINISHED;
        }
    }

    private void loop() {
        try {
            while (!closed) {
                Runnable c = state == RunState.RUNNING ? commands.poll(4, TimeUnit.MILLISECONDS) : commands.take();
                boolean changed = c != null;
                while (c != null) {
                    c.run();
                    c = commands.poll();
                }
                if (changed) {
                    publish(true); // a control's effect (pause, step, fault) shows in the very next frame
                }
                if (state == RunState.RUNNING) {
                    runSlice();
                    publish(state != RunState.RUNNING); // the end of the run is always shown
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Paced: up to the pacer's target. Fastest: slices of simulated time for about 30 ms of wall time. */
    private void runSlice() {
        if (Double.isInfinite(pacer.speed())) {
            long until = System.nanoTime() + 30_000_000L;
            while (state == RunState.RUNNING && System.nanoTime() < until) {
                advance(sim.now() + 10_000);
            }
        } else {
            advance(pacer.targetUs(System.nanoTime()));
        }
    }

    private void publish(boolean force) {
        long nowNs = System.nanoTime();
        if (!force && nowNs - lastPublishNanos < FRAME_MS * 1_000_000L) {
            return;
        }
        var report = sim.report();
        double wallS = Math.max(1e-3, (nowNs - lastPublishNanos) / 1e9);
        long arrivals = report.system().arrivals();
        double rate = lastPublishNanos == 0 ? 0 : Math.max(0, arrivals - eventsAtPublish) / wallS;
        eventsAtPublish = arrivals;
        lastPublishNanos = nowNs;
        var ended = sim.traces();
        traces = ended.equals(traces) ? traces : ended; // the same object while nothing new ended: views skip it
        latest.set(new RunSnapshot(generation, state, sim.now(), sim.durationUs(), pacer.speed(), load, report,
                sim.partsNow(), hops.drain(sim.now()), actions, rate, traces));
        if (pending.compareAndSet(false, true)) {
            fx.execute(() -> {
                pending.set(false);
                onFx.accept(latest.get());
            });
        }
    }
}
