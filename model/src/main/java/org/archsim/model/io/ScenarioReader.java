package org.archsim.model.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.archsim.model.ParamSpec;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultField;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.model.scenario.TargetKind;

/**
 * Checks a located JSON tree against the scenario format, collecting every problem. Which fields a fault takes comes
 * from {@link FaultType} data; ranges come from the {@link ParamSpec}s declared next to the records.
 */
final class ScenarioReader {

    static final String FORMAT = "archsim.scenario/1";
    static final List<String> TOP_FIELDS = List.of("format", "durationS", "warmupS", "seed", "load", "faults");
    static final List<String> STEP_FIELDS = List.of("atS", "multiplier", "rampS");
    static final ParamSpec FAULT_AT_S = ParamSpec.decimal("atS", "s", 0.0, 0.0, 31_536_000.0,
            "When the fault starts, seconds from the start of the run.");

    private final Problems p;

    ScenarioReader(Problems p) {
        this.p = p;
    }

    /** The scenario, or {@code null} when problems were reported. */
    Scenario read(Node root) {
        Fields top = Fields.of(root, "", "a scenario file", p);
        if (top == null) {
            return null;
        }
        int before = p.count();
        if (!top.format(FORMAT)) {
            return null;
        }
        top.rejectUnknown(TOP_FIELDS, "a scenario file");
        Double duration = top.number("durationS", Scenario.DURATION_S, false);
        Double warmup = top.number("warmupS", Scenario.WARMUP_S, false);
        if (duration != null && warmup != null && warmup >= duration) {
            if (top.has("warmupS")) {
                p.at(top.obj().get("warmupS"), "warmupS", "must be less than durationS (" + ParamSpec.format(duration)
                        + "), was " + ParamSpec.format(warmup));
            } else {
                p.at(top.obj().get("durationS"), "durationS", "must be greater than warmupS (" + ParamSpec.format(warmup)
                        + ", the default when warmupS is absent), was " + ParamSpec.format(duration));
            }
        }
        Long seed = top.has("seed") ? Values.longValue(top.obj().get("seed"), "seed", p)
                : Long.valueOf(Scenario.DEFAULT_SEED);
        List<LoadStep> load = Scenario.DEFAULT_LOAD;
        List<Node> steps = top.array("load", false);
        if (steps != null) {
            load = new ArrayList<>();
            double previous = 0;
            for (int i = 0; i < steps.size(); i++) {
                LoadStep s = step(steps.get(i), Problems.index("load", i), previous);
                if (s != null) {
                    load.add(s);
                    previous = s.atS();
                }
            }
        }
        List<Fault> faults = new ArrayList<>();
        List<Node> faultItems = top.array("faults", false);
        if (faultItems != null) {
            for (int i = 0; i < faultItems.size(); i++) {
                Fault f = fault(faultItems.get(i), Problems.index("faults", i));
                if (f != null) {
                    faults.add(f);
                }
            }
        }
        if (p.count() != before) {
            return null;
        }
        return new Scenario(duration, warmup, seed, load, faults);
    }

    private LoadStep step(Node n, String path, double previous) {
        Fields f = Fields.of(n, path, "a load step", p);
        if (f == null) {
            return null;
        }
        int before = p.count();
        f.rejectUnknown(STEP_FIELDS, "a load step");
        Double at = f.number("atS", LoadStep.AT_S, true);
        Double multiplier = f.number("multiplier", LoadStep.MULTIPLIER, true);
        Double ramp = f.number("rampS", LoadStep.RAMP_S, false);
        if (at != null && at < previous) {
            p.at(f.obj().get("atS"), f.path("atS"), "must not be earlier than the previous step ("
                    + ParamSpec.format(previous) + "), was " + ParamSpec.format(at));
        }
        return p.count() != before ? null : new LoadStep(at, multiplier, ramp);
    }

    private Fault fault(Node n, String path) {
        Fields f = Fields.of(n, path, "a fault", p);
        if (f == null) {
            return null;
        }
        int before = p.count();
        Double at = f.number("atS", FAULT_AT_S, true);
        String typeName = f.nonBlank("type", true);
        FaultType type = null;
        if (typeName != null) {
            type = FaultType.byFileName(typeName).orElse(null);
            if (type == null) {
                List<String> known = fileNames();
                p.at(f.obj().get("type"), f.path("type"), "unknown fault type " + Node.quote(typeName)
                        + Suggest.hint(typeName, known) + " (known types: " + String.join(", ", known) + ")");
            }
        }
        if (type == null) {
            rejectUnknownFields(f, null);
            return null;
        }
        rejectUnknownFields(f, type);
        for (FaultField field : type.required()) {
            if (!f.has(field.key())) {
                f.missing(field.key(), type.fileName() + " faults require " + keys(type.required()));
            }
        }
        if (!type.oneOf().isEmpty()) {
            long present = type.oneOf().stream().filter(x -> f.has(x.key())).count();
            if (present != 1) {
                p.at(f.obj(), path, type.fileName() + " faults need exactly one of " + keys(type.oneOf())
                        + (present == 0 ? "" : ", not both"));
            }
        }
        String target = type.allows(FaultField.TARGET) ? target(f, type) : null;
        List<String> targets = type.allows(FaultField.TARGETS) ? targets(f) : List.of();
        Double[] amounts = new Double[FaultField.values().length];
        for (FaultField field : FaultField.values()) {
            if (field.spec().isPresent() && type.allows(field) && f.has(field.key())) {
                amounts[field.ordinal()] = f.number(field.key(), field.spec().get(), false);
            }
        }
        if (p.count() != before) {
            return null;
        }
        try {
            return new Fault(at, type, target, targets, amounts[FaultField.DURATION_S.ordinal()],
                    amounts[FaultField.FACTOR.ordinal()], amounts[FaultField.MULTIPLIER.ordinal()],
                    amounts[FaultField.LAG_MS.ordinal()], amounts[FaultField.RATE.ordinal()]);
        } catch (IllegalArgumentException e) {
            p.at(f.obj(), path, e.getMessage());
            return null;
        }
    }

    private void rejectUnknownFields(Fields f, FaultType type) {
        Set<String> allowed = new LinkedHashSet<>(List.of("atS", "type"));
        for (FaultField field : FaultField.values()) {
            if (type == null || type.allows(field)) {
                allowed.add(field.key());
            }
        }
        for (Node.Member m : f.obj().members()) {
            if (allowed.contains(m.key())) {
                continue;
            }
            if (type != null && FaultField.byKey(m.key()).isPresent()) {
                p.atKey(m, f.path(m.key()), type.fileName() + " faults take no " + m.key() + " (they take: "
                        + String.join(", ", allowed) + ")");
            } else {
                p.atKey(m, f.path(m.key()), "unknown field" + Suggest.hint(m.key(), allowed) + " ("
                        + (type == null ? "a fault" : "a " + type.fileName() + " fault") + " has: "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    private String target(Fields f, FaultType type) {
        String t = f.nonBlank("target", false);
        if (t == null) {
            return null;
        }
        boolean isLink = t.contains("->");
        TargetKind kind = type.targetKind();
        String problem = null;
        if (isLink && !t.matches("(?s).*\\S.*->.*\\S.*")) {
            problem = "must be a link id \"from->to\", was " + Node.quote(t);
        } else if (kind == TargetKind.LINK && !isLink) {
            problem = "must be a link id \"from->to\" (" + type.fileName() + " faults hit a link), was " + Node.quote(t);
        } else if (kind != TargetKind.LINK && kind != TargetKind.PART_OR_LINK && isLink) {
            problem = "must be " + (kind == TargetKind.NONE ? TargetKind.PART.readable() : kind.readable()) + " ("
                    + type.fileName() + " faults do not hit links), was " + Node.quote(t);
        }
        if (problem != null) {
            p.at(f.obj().get("target"), f.path("target"), problem);
            return null;
        }
        return t;
    }

    private List<String> targets(Fields f) {
        List<Node> items = f.array("targets", false);
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            p.at(f.obj().get("targets"), f.path("targets"), "must list at least one part id");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i);
            String path = Problems.index(f.path("targets"), i);
            if (!(n instanceof Node.Str s) || s.value().isBlank() || s.value().contains("->")) {
                p.at(n, path, "must be a part id, was " + n.describe());
            } else if (!seen.add(s.value())) {
                p.at(n, path, "duplicate part id " + Node.quote(s.value()));
            } else {
                out.add(s.value());
            }
        }
        return out;
    }

    static List<String> fileNames() {
        return java.util.Arrays.stream(FaultType.values()).map(FaultType::fileName).toList();
    }

    private static String keys(Set<FaultField> fields) {
        return String.join(", ", fields.stream().map(FaultField::key).toList());
    }
}
