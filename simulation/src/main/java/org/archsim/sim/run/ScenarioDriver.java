package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.List;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.engine.Engine;

/**
 * Plays a scenario's load steps and faults on the engine. Load changes and faults run before requests at the same
 * instant (lower priority number), so "a fault at t" is in force for every request that starts at t.
 */
final class ScenarioDriver {

    private static final int LOAD = 1;
    private static final int FAULT_START = 2;
    private static final int FAULT_END = 3;
    private static final int RAMP_STEPS = 20;

    private final Simulation sim;
    private final List<double[]> loadPoints = new ArrayList<>(); // {timeS, multiplier}
    private final List<Fault> faults;
    /** Faults injected while running; their end events carry index {@code faults.size() + i}. */
    private final List<Fault> injected = new ArrayList<>();
    private final FaultEffects effects;
    private final int handler;

    ScenarioDriver(Simulation sim, Scenario scenario) {
        this.sim = sim;
        this.faults = scenario.faults();
        this.effects = new FaultEffects(sim);
        this.handler = sim.engine().register(this::handle);
        double previous = 1.0;
        for (LoadStep step : scenario.load()) {
            if (step.rampS() > 0) {
                for (int k = 1; k <= RAMP_STEPS; k++) {
                    double f = k / (double) RAMP_STEPS;
                    loadPoints.add(new double[] {step.atS() + f * step.rampS(),
                            previous + f * (step.multiplier() - previous)});
                }
            } else {
                loadPoints.add(new double[] {step.atS(), step.multiplier()});
            }
            previous = step.multiplier();
        }
    }

    void start() {
        for (int i = 0; i < loadPoints.size(); i++) {
            sim.engine().schedule(toUs(loadPoints.get(i)[0]), 1, handler, LOAD, i, 0);
        }
        for (Fault f : faults) {
            effects.prepare(f);
        }
        for (int i = 0; i < faults.size(); i++) {
            Fault f = faults.get(i);
            sim.engine().schedule(toUs(f.atS()), 0, handler, FAULT_START, i, 0);
            if (f.durationS() != null) {
                sim.engine().schedule(toUs(f.endS()), 0, handler, FAULT_END, i, 0);
            }
        }
    }

    /** Starts {@code f} now, whatever its {@code atS}; ends it after its duration when it has one. */
    void inject(Fault f) {
        injected.add(f);
        effects.apply(f, true);
        if (f.durationS() != null) {
            sim.engine().scheduleAfter(toUs(f.durationS()), 0, handler, FAULT_END, faults.size() + injected.size() - 1, 0);
        }
    }

    /** Ends the effect of {@code f} now (a crash recovers, a slow-down returns to normal...). */
    void clear(Fault f) {
        effects.apply(f, false);
    }

    /** A live load multiplier on top of the scenario's profile. */
    void setLiveLoad(double multiplier) {
        effects.setLive(multiplier);
    }

    private static long toUs(double s) {
        return Math.round(s * 1e6);
    }

    private void handle(Engine e, int type, int a, int b) {
        switch (type) {
            case LOAD -> effects.setLoad(loadPoints.get(a)[1]);
            case FAULT_START -> effects.apply(faults.get(a), true);
            case FAULT_END -> effects.apply(a < faults.size() ? faults.get(a) : injected.get(a - faults.size()), false);
            default -> throw new IllegalStateException("unknown scenario event " + type);
        }
    }
}
