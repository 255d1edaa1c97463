package org.archsim.lessons.io;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archsim.lessons.goal.AvailabilityGoal;
import org.archsim.lessons.goal.ErrorRateGoal;
import org.archsim.lessons.goal.Goal;
import org.archsim.lessons.goal.InstancesBehindBalancer;
import org.archsim.lessons.goal.KeysMovedGoal;
import org.archsim.lessons.goal.KindUsage;
import org.archsim.lessons.goal.LatencyGoal;
import org.archsim.lessons.goal.MaxCost;
import org.archsim.lessons.goal.NoDesignErrors;
import org.archsim.lessons.goal.NoSinglePointOfFailure;
import org.archsim.lessons.goal.PartCount;
import org.archsim.lessons.goal.PartFigureGoal;
import org.archsim.lessons.goal.StaleReadsGoal;
import org.archsim.lessons.goal.ThroughputGoal;
import org.archsim.lessons.goal.Window;
import org.archsim.model.Catalog;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.Scenario;

/** Reads one goal object of a lesson file ({@code {"type": "latency", "stat": "p99", "maxMs": 200}}). */
final class GoalReader {

    /** Goal types and the fields each accepts besides {@code type}. */
    static final Map<String, List<String>> TYPES = Map.ofEntries(
            Map.entry("no-single-point-of-failure", List.of()),
            Map.entry("part-count", List.of("kind", "min", "max")),
            Map.entry("instances-behind-balancer", List.of("min")),
            Map.entry("max-cost", List.of("perHour")),
            Map.entry("uses-kind", List.of("kind")),
            Map.entry("avoids-kind", List.of("kind")),
            Map.entry("no-design-errors", List.of()),
            Map.entry("latency", List.of("stat", "maxMs", "endpoint")),
            Map.entry("error-rate", List.of("max", "endpoint", "window")),
            Map.entry("availability", List.of("min", "endpoint", "window")),
            Map.entry("throughput", List.of("minRps", "window")),
            Map.entry("stale-reads", List.of("max")),
            Map.entry("utilization", List.of("part", "max")),
            Map.entry("hit-ratio", List.of("part", "min")),
            Map.entry("keys-moved", List.of("max")));
    static final Set<String> WINDOW_FIELDS = Set.of("fromS", "toS", "duringFault", "label");
    static final List<String> STATS = List.of("mean", "p50", "p95", "p99");

    private GoalReader() {
    }

    /** The goal, or {@code null} after reporting its problems. */
    static Goal read(Fields f, Scenario scenario) {
        String type = f.string("type", true);
        if (type == null) {
            return null;
        }
        List<String> fields = TYPES.get(type);
        if (fields == null) {
            f.problem("type", "unknown goal type \"" + type + "\" (known: "
                    + String.join(", ", TYPES.keySet().stream().sorted().toList()) + ")");
            return null;
        }
        Set<String> known = new LinkedHashSet<>(fields);
        known.add("type");
        int before = count(f);
        f.rejectUnknown(known, "a " + type + " goal");
        Goal g = switch (type) {
            case "no-single-point-of-failure" -> new NoSinglePointOfFailure();
            case "part-count" -> partCount(f);
            case "instances-behind-balancer" -> orNull(f.integer("min", true, 1, 100_000), InstancesBehindBalancer::new);
            case "max-cost" -> orNull(f.number("perHour", true, 0, 1e9), MaxCost::new);
            case "uses-kind", "avoids-kind" -> orNull(kind(f, true), k -> new KindUsage(k, type.equals("uses-kind")));
            case "no-design-errors" -> new NoDesignErrors();
            case "latency" -> latency(f);
            case "error-rate" -> orNull(f.number("max", true, 0, 1),
                    m -> new ErrorRateGoal(m, f.string("endpoint", false), window(f, scenario)));
            case "availability" -> orNull(f.number("min", true, 0, 1),
                    m -> new AvailabilityGoal(m, f.string("endpoint", false), window(f, scenario)));
            case "throughput" -> orNull(f.number("minRps", true, 0, 1e9), m -> new ThroughputGoal(m, window(f, scenario)));
            case "stale-reads" -> orNull(f.integer("max", true, 0, Integer.MAX_VALUE), m -> new StaleReadsGoal(m));
            case "utilization" -> partFigure(f, "max", PartFigureGoal.Figure.UTILIZATION);
            case "keys-moved" -> orNull(f.number("max", true, 0, 1), KeysMovedGoal::new);
            default -> partFigure(f, "min", PartFigureGoal.Figure.HIT_RATIO);
        };
        return count(f) == before ? g : null;
    }

    private static int count(Fields f) {
        return f.problemCount();
    }

    private static <T, R> R orNull(T v, java.util.function.Function<T, R> make) {
        return v == null ? null : make.apply(v);
    }

    private static String kind(Fields f, boolean required) {
        String k = f.string("kind", required);
        if (k != null && Catalog.standard().kind(k).isEmpty()) {
            f.problem("kind", "unknown part kind \"" + k + "\"");
            return null;
        }
        return k;
    }

    private static Goal partCount(Fields f) {
        String kind = kind(f, false);
        Integer min = f.integer("min", false, 0, 100_000);
        Integer max = f.integer("max", false, 0, 100_000);
        if (!f.has("min") && !f.has("max")) {
            f.missing("min");
            return null;
        }
        return new PartCount(kind, min, max);
    }

    private static Goal latency(Fields f) {
        String stat = f.string("stat", true);
        if (stat != null && !STATS.contains(stat)) {
            f.problem("stat", "must be one of mean, p50, p95, p99, was \"" + stat + "\"");
            stat = null;
        }
        Double max = f.number("maxMs", true, 0, 3_600_000);
        String endpoint = f.string("endpoint", false);
        return stat == null || max == null ? null : new LatencyGoal(stat, max, endpoint);
    }

    private static Goal partFigure(Fields f, String bound, PartFigureGoal.Figure figure) {
        String part = f.string("part", true);
        Double v = f.number(bound, true, 0, 1);
        return part == null || v == null ? null : new PartFigureGoal(part, figure, v);
    }

    /** The goal's window: {@code {"fromS", "toS", "label"?}} or {@code {"duringFault": target, "label"?}}. */
    private static Window window(Fields f, Scenario scenario) {
        if (!f.has("window")) {
            return null;
        }
        Fields w = Fields.of(f.source(), f.get("window"), f.path("window"), "a window", f.problems());
        if (w == null) {
            return null;
        }
        w.rejectUnknown(WINDOW_FIELDS, "a window");
        String label = w.string("label", false);
        double from;
        double to;
        String auto;
        if (w.has("duringFault")) {
            String target = w.string("duringFault", true);
            Fault fault = scenario == null || target == null ? null : scenario.faults().stream()
                    .filter(x -> target.equals(x.target()) || x.targets().contains(target)).findFirst().orElse(null);
            if (fault == null) {
                if (target != null && scenario != null) {
                    w.problem("duringFault", "the scenario has no fault on \"" + target + "\"");
                }
                return null;
            }
            from = fault.atS();
            to = Math.min(fault.endS(), scenario.durationS());
            auto = fault.type() == FaultType.CRASH ? "while " + target + " is down"
                    : "during the " + fault.type() + " of " + target;
        } else {
            Double a = w.number("fromS", true, 0, 31_536_000);
            Double b = w.number("toS", true, 0, 31_536_000);
            if (a == null || b == null) {
                return null;
            }
            from = a;
            to = b;
            auto = null;
        }
        if (scenario != null && (from < scenario.warmupS() || to > scenario.durationS() || !(to > from))) {
            w.problem(w.has("duringFault") ? "duringFault" : "fromS", "the window " + fmt(from) + " s … " + fmt(to)
                    + " s must lie after warm-up (" + fmt(scenario.warmupS()) + " s) and within the run ("
                    + fmt(scenario.durationS()) + " s)");
            return null;
        }
        return label != null ? new Window(from, to, label) : auto != null ? new Window(from, to, auto)
                : Window.between(from, to);
    }

    private static String fmt(double d) {
        return org.archsim.lessons.goal.Fmt.num(d);
    }
}
