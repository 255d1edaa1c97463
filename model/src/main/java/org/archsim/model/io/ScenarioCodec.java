package org.archsim.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultField;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.model.scenario.TargetKind;

/**
 * Reads and writes scenario files ({@code archsim.scenario/1}, see {@code docs/formats.md}). A scenario is written
 * separately from a design, so its fault targets are checked against a design in a second step,
 * {@link #checkAgainst(ScenarioDocument, Design)}.
 *
 * <pre>{@code
 * ScenarioDocument doc = ScenarioCodec.readDocument(Path.of("outage.scenario.json"));
 * List<FormatProblem> wrong = ScenarioCodec.checkAgainst(doc, design);
 * }</pre>
 */
public final class ScenarioCodec {

    /** The source name used for problems in scenarios that were not read from a file. */
    public static final String IN_MEMORY_SOURCE = "<scenario>";

    private ScenarioCodec() {
    }

    /** Reads a scenario file. */
    public static Scenario read(Path path) throws IOException, FormatException {
        return readDocument(path).scenario();
    }

    /** Reads scenario text; {@code sourceName} names it in problems. */
    public static Scenario read(String sourceName, String text) throws FormatException {
        return readDocument(sourceName, text).scenario();
    }

    /** Reads a scenario file, keeping the location of every field for {@link #checkAgainst(ScenarioDocument, Design)}. */
    public static ScenarioDocument readDocument(Path path) throws IOException, FormatException {
        String source = path.toString();
        return readDocument(source, JsonSource.readFile(path, source));
    }

    /** Reads scenario text, keeping the location of every field. */
    public static ScenarioDocument readDocument(String sourceName, String text) throws FormatException {
        JsonSource.Parsed parsed = JsonSource.parse(sourceName, text);
        Problems p = new Problems(sourceName, parsed.problems());
        Scenario s = new ScenarioReader(p).read(parsed.root());
        p.throwIfAny();
        return new ScenarioDocument(s, new SourceMap(sourceName, parsed.root()));
    }

    /** The scenario as file text: every top-level field, faults with their fields in declaration order. */
    public static String toJson(Scenario s) {
        ObjectNode root = JsonOut.object();
        root.put("format", ScenarioReader.FORMAT);
        root.set("durationS", JsonOut.number(s.durationS()));
        root.set("warmupS", JsonOut.number(s.warmupS()));
        root.put("seed", s.seed());
        ArrayNode load = root.putArray("load");
        for (LoadStep step : s.load()) {
            ObjectNode o = load.addObject();
            o.set("atS", JsonOut.number(step.atS()));
            o.set("multiplier", JsonOut.number(step.multiplier()));
            if (step.rampS() != 0) {
                o.set("rampS", JsonOut.number(step.rampS()));
            }
        }
        ArrayNode faults = root.putArray("faults");
        for (Fault f : s.faults()) {
            ObjectNode o = faults.addObject();
            o.set("atS", JsonOut.number(f.atS()));
            o.put("type", f.type().fileName());
            for (FaultField field : FaultField.values()) {
                Object v = f.value(field);
                if (v instanceof List<?> list) {
                    ArrayNode a = o.putArray(field.key());
                    list.forEach(x -> a.add(String.valueOf(x)));
                } else if (v != null) {
                    o.set(field.key(), JsonOut.value(v));
                }
            }
        }
        return JsonOut.text(root);
    }

    /** Writes the scenario to {@code path} atomically. */
    public static void write(Scenario s, Path path) throws IOException {
        JsonOut.writeAtomically(path, toJson(s));
    }

    /**
     * Problems with the scenario's fault targets in {@code design}: parts, links or zones it does not have, and parts
     * of a kind the fault cannot hit (a cache flush on a database). Located in the scenario's file. Empty when fine.
     */
    public static List<FormatProblem> checkAgainst(ScenarioDocument doc, Design design) {
        return check(doc.scenario(), doc.sourceMap(), design);
    }

    /**
     * As {@link #checkAgainst(ScenarioDocument, Design)} for a scenario built in code: problems are located in its
     * canonical text ({@link #toJson(Scenario)}) under the source name {@value #IN_MEMORY_SOURCE}.
     */
    public static List<FormatProblem> checkAgainst(Scenario scenario, Design design) {
        try {
            JsonSource.Parsed parsed = JsonSource.parse(IN_MEMORY_SOURCE, toJson(scenario));
            return check(scenario, new SourceMap(IN_MEMORY_SOURCE, parsed.root()), design);
        } catch (FormatException e) {
            throw new IllegalStateException("ArchSim wrote a scenario it cannot read back", e);
        }
    }

    private static List<FormatProblem> check(Scenario s, SourceMap map, Design design) {
        List<FormatProblem> out = new ArrayList<>();
        for (int i = 0; i < s.faults().size(); i++) {
            Fault f = s.faults().get(i);
            String path = Problems.index("faults", i);
            if (f.target() != null) {
                String problem = targetProblem(f.type(), f.target(), design);
                if (problem != null) {
                    out.add(map.problem(path + ".target", problem));
                }
            }
            for (int k = 0; k < f.targets().size(); k++) {
                String problem = partProblem(f.type(), f.targets().get(k), design);
                if (problem != null) {
                    out.add(map.problem(Problems.index(path + ".targets", k), problem));
                }
            }
        }
        return out;
    }

    private static String targetProblem(FaultType type, String target, Design design) {
        TargetKind kind = type.targetKind();
        if (kind == TargetKind.ZONE) {
            Set<String> zones = new TreeSet<>();
            for (Component c : design.components()) {
                if (c.spec("zone").isPresent()) {
                    zones.add(c.textParam("zone"));
                }
            }
            return zones.contains(target) ? null : "no part of " + Node.quote(design.name()) + " is in zone "
                    + Node.quote(target) + Suggest.hint(target, zones) + " (zones in use: " + String.join(", ", zones) + ")";
        }
        if (target.contains("->")) {
            if (design.link(target).isPresent()) {
                return null;
            }
            List<String> links = design.links().stream().map(l -> l.id()).toList();
            return "no link " + Node.quote(target) + " in " + Node.quote(design.name()) + Suggest.hint(target, links);
        }
        return partProblem(type, target, design);
    }

    private static String partProblem(FaultType type, String id, Design design) {
        Component c = design.component(id).orElse(null);
        if (c == null) {
            List<String> ids = design.components().stream().map(Component::id).toList();
            return "no part " + Node.quote(id) + " in " + Node.quote(design.name()) + Suggest.hint(id, ids);
        }
        if (!type.targetPartKinds().isEmpty() && !type.targetPartKinds().contains(c.kind().id())) {
            return Node.quote(id) + " is a " + c.kind().id() + "; " + type.fileName() + " faults hit a "
                    + String.join(" or ", new TreeSet<>(type.targetPartKinds()));
        }
        return null;
    }
}
