package org.archsim.lessons.goal;

import java.util.List;
import java.util.function.Supplier;
import org.archsim.model.Design;
import org.archsim.model.rules.DesignRules;
import org.archsim.model.rules.Problem;

/**
 * What goals are evaluated against: the design, its rule check, and — only when a behavioural goal asks — one run of
 * the lesson's scenario (made at most once). A design with rule errors is not run.
 */
public final class GoalContext {

    private final Design design;
    private final List<Problem> problems;
    private final Supplier<RunResult> runner;
    private RunResult run;

    /** @param runner makes the run on first request; not called for designs with rule errors */
    public GoalContext(Design design, Supplier<RunResult> runner) {
        this.design = design;
        this.problems = DesignRules.check(design);
        this.runner = runner;
    }

    public Design design() {
        return design;
    }

    /** {@link DesignRules#check(Design)} of the design. */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether the design can be simulated (no rule errors). */
    public boolean runnable() {
        return !DesignRules.hasErrors(problems);
    }

    /** The run, made on first call; {@code null} when the design cannot be simulated. */
    public RunResult run() {
        if (run == null && runnable()) {
            run = runner.get();
        }
        return run;
    }

    /** The sentence used when a behavioural goal cannot be measured because the design has errors. */
    static String notRunnable() {
        return "the design has errors, so it could not be run; fix them first";
    }
}
