package org.archsim.lessons.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.archsim.lessons.goal.AvailabilityGoal;
import org.archsim.lessons.goal.ErrorRateGoal;
import org.archsim.lessons.goal.Fmt;
import org.archsim.lessons.goal.GoalContext;
import org.archsim.lessons.goal.GoalResult;
import org.archsim.lessons.goal.LatencyGoal;
import org.archsim.lessons.goal.MaxCost;
import org.archsim.lessons.goal.NoSinglePointOfFailure;
import org.archsim.lessons.goal.RunResult;
import org.archsim.lessons.goal.Window;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;

/**
 * Runs the interview: grades a candidate's design against a {@link PracticeProblem}. The design is copied and its
 * clients are set to the problem's load (so a design cannot pass by asking for less traffic); then it is run twice —
 * once at peak without faults for latency, once with the problem's faults, sampled every second inside each fault's
 * window so a failure can be pinned to the moment it began. The lessons' goals do the measuring.
 *
 * <pre>{@code
 * Scorecard card = Grader.grade(problem, design, worksheet);   // worksheet may be null
 * }</pre>
 *
 * <p>A grading can be cancelled from another thread: the runs advance one simulated second at a time and stop with a
 * {@link CancellationException} once {@code cancelled} says so.
 */
public final class Grader {

    /** The share of worksheet estimates that must be within tolerance for the estimation row to pass. */
    public static final double ESTIMATION_PASS = 0.6;

    private Grader() {
    }

    /** The scorecard of {@code design} on {@code problem}; {@code worksheet} may be {@code null} (row left out). */
    public static Scorecard grade(PracticeProblem problem, Design design, Worksheet worksheet) {
        return grade(problem, design, worksheet, () -> false);
    }

    /**
     * As {@link #grade(PracticeProblem, Design, Worksheet)}, checking {@code cancelled} every simulated second.
     *
     * @throws CancellationException when {@code cancelled} became true before the grading finished
     */
    public static Scorecard grade(PracticeProblem problem, Design design, Worksheet worksheet,
            BooleanSupplier cancelled) {
        Design d = withProblemLoad(problem, design);
        List<FaultMapping.Mapped> mapped = FaultMapping.map(problem.scenario().faults(), problem.reference(), d);
        Scenario sc = problem.scenario().withFaults(mapped.stream().flatMap(m -> m.fault().stream()).toList());
        Targets t = problem.targets();
        List<ScoreRow> rows = new ArrayList<>();

        Scenario calm = sc.withFaults(List.of());
        GoalContext peak = new GoalContext(d, () -> new RunResult(runCalm(d, calm, cancelled), Map.of()));
        rows.add(row("meets p99 " + Fmt.ms(t.p99Ms()) + " at peak",
                new LatencyGoal("p99", t.p99Ms(), null).evaluate(peak),
                "without faults, at " + Fmt.num(problem.clientRps() * peakMultiplier(sc)) + " simulated rps: "));

        List<Window> windows = new ArrayList<>();
        for (Fault f : sc.faults()) {
            double to = Math.min(sc.durationS(), Math.min(f.endS(), sc.durationS()) + problem.settleS());
            windows.add(new Window(f.atS(), to, "while " + describe(f) + " (" + Fmt.num(f.atS()) + " s to "
                    + Fmt.num(to) + " s)"));
        }
        GoalContext chaos = new GoalContext(d, () -> runSampled(d, sc, windows, cancelled));
        int next = 0;
        for (FaultMapping.Mapped m : mapped) {
            if (m.fault().isEmpty()) {
                rows.add(new ScoreRow("survives " + describe(m.original()), true, capital(m.note()) + "."));
                continue;
            }
            Window w = windows.get(next++);
            GoalResult r = new ErrorRateGoal(t.maxErrorRate(), null, w).evaluate(chaos);
            String moment = r.passed() || chaos.run() == null ? "" : firstBadSecond(chaos.run(), w, t.maxErrorRate());
            rows.add(new ScoreRow("survives " + describe(m.original()), r.passed(),
                    capital(r.message()) + moment + m.note() + "."));
        }
        rows.add(row("available " + Fmt.pct(t.availability()) + " through the run",
                new AvailabilityGoal(t.availability(), null, null).evaluate(chaos), "with every fault: "));
        rows.add(row("no single point of failure", new NoSinglePointOfFailure().evaluate(chaos), ""));
        rows.add(row("within budget ($" + Fmt.num(t.maxCostPerHour()) + "/h)",
                new MaxCost(t.maxCostPerHour()).evaluate(chaos), ""));

        List<Estimate> estimates = List.of();
        if (worksheet != null) {
            estimates = EstimateCheck.check(problem.numbers(), worksheet, problem.estimateFactor());
            long ok = estimates.stream().filter(Estimate::passed).count();
            double score = EstimateCheck.score(estimates);
            rows.add(new ScoreRow("estimates within ×" + Fmt.num(problem.estimateFactor()), score >= ESTIMATION_PASS,
                    ok + " of " + estimates.size() + " estimates were within ×" + Fmt.num(problem.estimateFactor())
                            + " of the figures the numbers give (" + Fmt.pct(score) + "); at least "
                            + Fmt.pct(ESTIMATION_PASS) + " is needed."));
        }
        return new Scorecard(problem.id(), problem.title(), design.name(), rows, estimates);
    }

    /**
     * A copy of {@code design} whose clients together send the problem's {@code clientRps} at its read share, over
     * the problem's keys when it names them.
     */
    public static Design withProblemLoad(PracticeProblem problem, Design design) {
        Design d = design.copy();
        List<Component> clients = d.components().stream().filter(c -> c.kind().id().equals("client")).toList();
        for (Component c : clients) {
            d.setParam(c.id(), "rps", problem.clientRps() / clients.size());
            d.setParam(c.id(), "readRatio", problem.numbers().readShare());
            if (problem.keySpace() != null) {
                d.setParam(c.id(), "keySpace", problem.keySpace());
            }
            if (problem.zipfS() != null) {
                d.setParam(c.id(), "zipfS", problem.zipfS());
            }
        }
        return d;
    }

    static double peakMultiplier(Scenario sc) {
        return sc.load().stream().mapToDouble(s -> s.multiplier()).max().orElse(1);
    }

    private static ScoreRow row(String criterion, GoalResult r, String prefix) {
        return new ScoreRow(criterion, r.passed(), capital(prefix + r.message()) + ".");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String describe(Fault f) {
        String on = f.target() != null ? " of " + f.target()
                : f.targets() != null && !f.targets().isEmpty() ? " of " + String.join(", ", f.targets()) : "";
        return f.type().fileName() + on;
    }

    /** Runs {@code sc} to its end a second at a time, so a cancel is noticed within a simulated second. */
    static SimulationReport runCalm(Design d, Scenario sc, BooleanSupplier cancelled) {
        Simulation sim = new Simulation(d, sc);
        for (long us = 1_000_000; us < sim.durationUs(); us += 1_000_000) {
            stopIf(cancelled);
            sim.runUntil(us);
        }
        stopIf(cancelled);
        return sim.run();
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the grading was cancelled");
        }
    }

    /** Runs with a report at every whole second of the run (sampled inside the windows and at their ends). */
    static RunResult runSampled(Design d, Scenario sc, List<Window> windows, BooleanSupplier cancelled) {
        TreeSet<Double> points = new TreeSet<>();
        for (Window w : windows) {
            points.add(w.fromS());
            points.add(w.toS());
            for (double s = Math.ceil(w.fromS()); s < w.toS(); s++) {
                points.add(s);
            }
        }
        Simulation sim = new Simulation(d, sc);
        Map<Double, SimulationReport> at = new TreeMap<>();
        for (long us = 0; us < sim.durationUs(); us += 1_000_000) {
            stopIf(cancelled);
            sim.runUntil(us);  // whole seconds between the sample points: only to notice a cancel
            for (double s : points.subSet(us / 1e6, true, (us + 1_000_000) / 1e6, false)) {
                long sampleUs = Math.round(s * 1e6);
                if (sampleUs < sim.durationUs()) {
                    sim.runUntil(sampleUs);
                    at.put(s, sim.report());
                }
            }
        }
        stopIf(cancelled);
        return new RunResult(sim.run(), at);
    }

    /** {@code ; it first broke at 21 s to 22 s, when 140 of 300 requests failed}, or empty when no second did. */
    static String firstBadSecond(RunResult run, Window w, double max) {
        List<Double> marks = new ArrayList<>();
        marks.add(w.fromS());
        for (double s = Math.ceil(w.fromS()); s < w.toS(); s++) {
            if (s > w.fromS()) {
                marks.add(s);
            }
        }
        marks.add(w.toS());
        for (int i = 0; i + 1 < marks.size(); i++) {
            long[] n = run.counts(null, new Window(marks.get(i), marks.get(i + 1), ""));
            long total = n[0] + n[1];
            if (total > 0 && (double) n[1] / total > max) {
                return "; it first broke between " + Fmt.num(marks.get(i)) + " s and " + Fmt.num(marks.get(i + 1))
                        + " s, when " + n[1] + " of " + total + " requests failed";
            }
        }
        return "";
    }
}
