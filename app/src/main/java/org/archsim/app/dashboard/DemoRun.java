package org.archsim.app.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.archsim.app.run.RunListener;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.observe.RequestTrace;
import org.archsim.sim.run.Simulation;

/**
 * A developer stand-in for the live run, switched on with {@code -Darchsim.demoRun=true}: runs the open design
 * headless on a daemon thread, half a simulated second per step, about four steps per wall-clock second, and hands
 * each report (and the traced requests) to the listener on the FX thread. When the design has a database replica,
 * the replica (or the part named by {@code -Darchsim.demoCrash=id}) crashes from 30 s to 60 s so the charts show a fault. It is not the live run: it exists so the
 * dashboard can be looked at (and photographed) before that lands.
 */
final class DemoRun {

    /** System property that starts the demo. */
    static final String PROPERTY = "archsim.demoRun";
    /** System property naming the part the demo crashes instead of the first replica. */
    static final String CRASH_PROPERTY = "archsim.demoCrash";
    private static final long STEP_US = 500_000;

    private DemoRun() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** The demo's scenario: ten minutes, 5 s warm-up, seed 1, a replica crash at 30 s for 30 s when there is one. */
    static Scenario scenario(Design design) {
        List<Fault> faults = new ArrayList<>();
        String chosen = System.getProperty(CRASH_PROPERTY);
        if (chosen != null && design.component(chosen).isPresent()) {
            faults.add(Fault.of(30, FaultType.CRASH, chosen).withDurationS(30.0));
            return new Scenario(600, 5, Scenario.DEFAULT_SEED, Scenario.DEFAULT_LOAD, faults);
        }
        design.components().stream()
                .filter(c -> c.kind().id().equals("database") && "replica".equals(c.textParam("role")))
                .map(Component::id).findFirst()
                .ifPresent(id -> faults.add(Fault.of(30, FaultType.CRASH, id).withDurationS(30.0)));
        return new Scenario(600, 5, Scenario.DEFAULT_SEED, Scenario.DEFAULT_LOAD, faults);
    }

    /**
     * Builds the simulation here (on the FX thread, which owns the design) and runs it on a daemon thread until the
     * scenario ends.
     */
    static Thread start(Design design, Scenario scenario, RunListener listener, Consumer<List<RequestTrace>> traces) {
        Simulation sim = new Simulation(design, scenario);
        sim.setTracing(40);
        Thread t = new Thread(() -> {
            try {
                Platform.runLater(listener::runReset);
                while (!sim.finished()) {
                    sim.runUntil(sim.now() + STEP_US);
                    var report = sim.report();
                    var kept = List.copyOf(sim.traces());
                    Platform.runLater(() -> {
                        listener.runProgress(report);
                        traces.accept(kept);
                    });
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                System.err.println("archsim.demoRun: " + e.getMessage());
            }
        }, "archsim-demo-run");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
