package org.archsim.app.run;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.archsim.model.Design;
import org.archsim.model.io.ScenarioCodec;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.Scenario;

/**
 * The live run as the window sees it: controls that forward to a {@link LiveRun}, the latest {@link RunSnapshot} as a
 * property, and the {@link RunListener}s it feeds (on the FX thread: a reset when the run starts over, then each
 * report). The run is created on first use from the current design; design edits while a run exists restart it and
 * fast-forward to the simulated time reached. The scenario has a name for the run strip: the file it was read from,
 * or {@link #DEFAULT_NAME}.
 */
public final class RunViewModel implements AutoCloseable {

    /** Duration of the traffic spike button, simulated seconds, and its multiplier. */
    public static final double SPIKE_S = 10;
    public static final double SPIKE_X = 3;
    /** The name shown for {@link #liveDefault()}. */
    public static final String DEFAULT_NAME = "default scenario";
    /** The name shown for a scenario set straight on {@link #scenarioProperty()} (not read from a file). */
    public static final String UNNAMED = "custom scenario";

    private final Supplier<Design> design;
    private final Executor fx;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyObjectWrapper<RunSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario", liveDefault());
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", DEFAULT_NAME);
    private final ReadOnlyObjectWrapper<Path> scenarioFile = new ReadOnlyObjectWrapper<>(this, "scenarioFile");
    private final ReadOnlyBooleanWrapper defaultScenario = new ReadOnlyBooleanWrapper(this, "defaultScenario", true);
    /** While {@link #useScenario} sets the scenario: the name comes with it, so the listener leaves the name be. */
    private boolean naming;
    private double speed = 1;
    private LiveRun run;
    private long generation = -1;

    /** Reads the design from {@code design}; delivers on {@code fx} (Platform::runLater in the app). */
    public RunViewModel(Supplier<Design> design, Executor fx) {
        this.design = design;
        this.fx = fx;
        scenario.addListener((o, a, b) -> {
            if (run != null) {
                run.setScenario(b);
            }
            if (!naming) {
                name(b.equals(liveDefault()) ? DEFAULT_NAME : UNNAMED, null);
            }
        });
    }

    /** The default live scenario: ten minutes, short warm-up, seed 1, no faults. */
    public static Scenario liveDefault() {
        return Scenario.defaults().withDurationS(600).withWarmupS(2);
    }

    public void addListener(RunListener l) {
        listeners.add(l);
    }

    public ReadOnlyObjectProperty<RunSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    /**
     * Reads a {@code *.scenario.json} file and makes it the run's scenario, named after the file; a file that does
     * not read throws and changes nothing.
     */
    public void loadScenario(Path file) throws Exception {
        useScenario(ScenarioCodec.read(file), nameOf(file), file);
    }

    /** Back to {@link #liveDefault()}. */
    public void useDefaultScenario() {
        useScenario(liveDefault(), DEFAULT_NAME, null);
    }

    /** The loaded scenario's name: its file's name without {@code .scenario.json}, or {@link #DEFAULT_NAME}. */
    public ReadOnlyStringProperty scenarioNameProperty() {
        return scenarioName.getReadOnlyProperty();
    }

    /** The file the scenario was read from, or null (the default, or one set in code). */
    public ReadOnlyObjectProperty<Path> scenarioFileProperty() {
        return scenarioFile.getReadOnlyProperty();
    }

    /** Whether the run is under {@link #liveDefault()} (not read from a file). */
    public ReadOnlyBooleanProperty defaultScenarioProperty() {
        return defaultScenario.getReadOnlyProperty();
    }

    /** "orders-outage" for {@code …/orders-outage.scenario.json}, "load" for {@code load.json}. */
    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".scenario.json") ? n.substring(0, n.length() - ".scenario.json".length())
                : n.endsWith(".json") ? n.substring(0, n.length() - ".json".length()) : n;
    }

    /** What the scenario holds, e.g. "600 s, 2 s warm-up, seed 1, no faults" or "60 s, …, 4 faults, 2 load steps". */
    public static String summary(Scenario s) {
        int f = s.faults().size();
        int steps = s.load().size();
        return String.format(java.util.Locale.ROOT, "%s s, %s s warm-up, seed %d, %s%s", number(s.durationS()),
                number(s.warmupS()), s.seed(), f == 0 ? "no faults" : f == 1 ? "1 fault" : f + " faults",
                steps > 1 ? ", " + steps + " load steps" : "");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private void useScenario(Scenario s, String name, Path file) {
        naming = true;
        try {
            scenario.set(s);
        } finally {
            naming = false;
        }
        name(name, file);
    }

    private void name(String name, Path file) {
        scenarioFile.set(file);
        defaultScenario.set(file == null && DEFAULT_NAME.equals(name));
        scenarioName.set(name);
    }

    public RunState state() {
        RunSnapshot s = snapshot.get();
        return s == null ? RunState.IDLE : s.state();
    }

    public boolean running() {
        return state() == RunState.RUNNING;
    }

    private LiveRun run() {
        if (run == null) {
            run = new LiveRun(design.get(), scenario.get(), fx, this::deliver);
            run.setSpeed(speed);
        }
        return run;
    }

    public void togglePlay() {
        if (running()) {
            run().pause();
        } else {
            if (state() == RunState.FINISHED) {
                run().reset();
            }
            run().play();
        }
    }

    public void play() {
        run().play();
    }

    public void pause() {
        run().pause();
    }

    public void step() {
        run().step();
    }

    public void reset() {
        run().reset();
    }

    public double speed() {
        return speed;
    }

    public void setSpeed(double s) {
        speed = s;
        run().setSpeed(s);
    }

    public void faster() {
        setSpeed(Pacer.step(speed, true));
    }

    public void slower() {
        setSpeed(Pacer.step(speed, false));
    }

    public void setLoad(double m) {
        run().setLoad(m);
    }

    public void inject(Fault f) {
        run().inject(f);
    }

    public void clear(Fault f) {
        run().clear(f);
    }

    /** Multiplies every client's rate by {@link #SPIKE_X} for {@link #SPIKE_S} simulated seconds from now. */
    public void spike() {
        run().inject(Fault.of(0, FaultType.TRAFFIC_SPIKE, null).withMultiplier(SPIKE_X).withDurationS(SPIKE_S));
    }

    public void rewindTo(long tUs) {
        run().rewindTo(tUs);
    }

    /** The design was edited: a live run restarts with it at the time reached. */
    public void designChanged() {
        if (run != null) {
            run.setDesign(design.get());
        }
    }

    /** Called on the FX thread with the latest snapshot. */
    void deliver(RunSnapshot s) {
        if (s == null) {
            return;
        }
        boolean reset = s.generation() != generation;
        generation = s.generation();
        snapshot.set(s);
        for (RunListener l : listeners) {
            if (reset) {
                l.runReset();
            }
            if (s.report() != null) {
                l.runProgress(s.report());
            }
        }
    }

    @Override
    public void close() {
        if (run != null) {
            run.close();
        }
    }
}
