package org.archsim.lessons.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;

/**
 * Evaluates a list of goals against a design under a scenario. The design is simulated at most once, and only when a
 * behavioural goal needs it; the run is sliced at every window boundary so windowed figures can be diffed.
 *
 * <pre>{@code
 * List<GoalResult> results = GoalEvaluator.evaluate(design, scenario, lesson.goals());
 * boolean done = results.stream().allMatch(GoalResult::passed);
 * }</pre>
 */
public final class GoalEvaluator {

    private GoalEvaluator() {
    }

    /** One result per goal, in the goals' order. */
    public static List<GoalResult> evaluate(Design design, Scenario scenario, List<Goal> goals) {
        GoalContext ctx = new GoalContext(design, () -> run(design, scenario, goals));
        List<GoalResult> out = new ArrayList<>(goals.size());
        for (Goal g : goals) {
            out.add(g.evaluate(ctx));
        }
        return out;
    }

    /** Runs {@code design}, taking a report at each checkpoint the goals ask for. */
    public static RunResult run(Design design, Scenario scenario, List<Goal> goals) {
        TreeSet<Double> points = new TreeSet<>();
        goals.forEach(g -> points.addAll(g.checkpoints()));
        Simulation sim = new Simulation(design, scenario);
        Map<Double, SimulationReport> at = new TreeMap<>();
        for (double s : points) {
            long us = Math.round(s * 1e6);
            if (us < sim.durationUs()) {
                sim.runUntil(us);
                at.put(s, sim.report());
            }
        }
        SimulationReport last = sim.run();
        return new RunResult(last, at);
    }
}
