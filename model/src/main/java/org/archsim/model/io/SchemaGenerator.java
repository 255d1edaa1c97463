package org.archsim.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.archsim.model.Catalog;
import org.archsim.model.ComponentKind;
import org.archsim.model.ParamSpec;
import org.archsim.model.scenario.FaultField;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;

/**
 * Generates, from the {@link Catalog} and the scenario declarations, the files that must never drift from the code:
 * the JSON Schemas (draft 2020-12) in {@code assets/schemas/} and the generated sections of {@code docs/formats.md}
 * (between {@code <!-- BEGIN GENERATED: name -->} and {@code <!-- END GENERATED: name -->}). A test compares the
 * committed files with this output.
 *
 * <p>Regenerate with {@code mvn -q -pl model test -Dtest=GeneratedFilesTest -Darchsim.regenerate=true}, or run
 * {@link #main(String[])} with the repository root as argument.
 */
public final class SchemaGenerator {

    /** Schema file paths relative to the repository root. */
    public static final String DESIGN_SCHEMA = "assets/schemas/design.schema.json";
    public static final String SCENARIO_SCHEMA = "assets/schemas/scenario.schema.json";
    public static final String FORMATS_DOC = "docs/formats.md";

    private final Catalog catalog;

    /** A generator for the standard catalog. */
    public SchemaGenerator() {
        this(Catalog.standard());
    }

    SchemaGenerator(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Writes every generated file under {@code args[0]} (default: the current directory or its parent). */
    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : findRoot(Path.of("").toAbsolutePath());
        SchemaGenerator g = new SchemaGenerator();
        for (Map.Entry<String, String> e : g.files(root).entrySet()) {
            Path target = root.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            JsonOut.writeAtomically(target, e.getValue());
            System.out.println("wrote " + target);
        }
    }

    /** The repository root: {@code start} or the nearest ancestor holding {@code model/pom.xml}. */
    public static Path findRoot(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("model/pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + start);
    }

    /** Every generated file (path relative to the root → content), docs merged into the committed prose. */
    public Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(DESIGN_SCHEMA, designSchema());
        out.put(SCENARIO_SCHEMA, scenarioSchema());
        Path doc = root.resolve(FORMATS_DOC);
        out.put(FORMATS_DOC, fillDocs(Files.readString(doc, StandardCharsets.UTF_8)));
        return out;
    }

    // ---- schemas -------------------------------------------------------------------------------------------------

    /** The JSON Schema of design files. */
    public String designSchema() {
        ObjectNode s = header("design", "ArchSim design (" + DesignDto.FORMAT + ")");
        s.putArray("required").add("format").add("name").add("components");
        ObjectNode props = s.putObject("properties");
        props.putObject("format").put("const", DesignDto.FORMAT);
        props.putObject("name").put("type", "string").put("description", "The design's name.");
        ObjectNode comps = props.putObject("components");
        comps.put("type", "array").putObject("items").put("$ref", "#/$defs/component");
        ObjectNode links = props.putObject("links");
        links.put("type", "array").putArray("default");
        links.putObject("items").put("$ref", "#/$defs/link");
        s.put("additionalProperties", false);

        ObjectNode defs = s.putObject("$defs");
        ObjectNode comp = defs.putObject("component");
        comp.put("type", "object");
        comp.putArray("required").add("id").add("kind");
        ObjectNode cp = comp.putObject("properties");
        id(cp.putObject("id"), "Unique id of the part; links and faults refer to it.");
        ArrayNode kinds = cp.putObject("kind").put("description", "The part kind.").putArray("enum");
        catalog.kinds().forEach(k -> kinds.add(k.id()));
        cp.putObject("name").put("type", "string").put("description", "Display name; defaults to the id.");
        cp.set("x", param(DesignReader.X));
        cp.set("y", param(DesignReader.Y));
        cp.putObject("params").put("type", "object").put("description", "Parameter values; absent ones take "
                + "their defaults.").putObject("default");
        comp.put("additionalProperties", false);
        ArrayNode byKind = comp.putArray("allOf");
        for (ComponentKind k : catalog.kinds()) {
            ObjectNode rule = byKind.addObject();
            ObjectNode when = rule.putObject("if");
            when.putObject("properties").putObject("kind").put("const", k.id());
            when.putArray("required").add("kind");
            rule.putObject("then").putObject("properties").putObject("params").put("$ref", "#/$defs/params-" + k.id());
        }
        for (ComponentKind k : catalog.kinds()) {
            ObjectNode ps = defs.putObject("params-" + k.id());
            ps.put("description", k.displayName() + ": " + k.description());
            ps.put("type", "object");
            ObjectNode pp = ps.putObject("properties");
            k.params().forEach(spec -> pp.set(spec.key(), param(spec)));
            ps.put("additionalProperties", false);
        }
        ObjectNode link = defs.putObject("link");
        link.put("description", "A directed link; link parameters sit directly on the object.");
        link.put("type", "object");
        link.putArray("required").add("from").add("to");
        ObjectNode lp = link.putObject("properties");
        id(lp.putObject("from"), "Id of the part that sends requests.");
        id(lp.putObject("to"), "Id of the part that receives them; not the same as from.");
        catalog.linkParams().forEach(spec -> lp.set(spec.key(), param(spec)));
        link.put("additionalProperties", false);
        return JsonOut.text(s);
    }

    /** The JSON Schema of scenario files. */
    public String scenarioSchema() {
        ObjectNode s = header("scenario", "ArchSim scenario (" + ScenarioReader.FORMAT + ")");
        s.putArray("required").add("format");
        ObjectNode props = s.putObject("properties");
        props.putObject("format").put("const", ScenarioReader.FORMAT);
        props.set("durationS", param(Scenario.DURATION_S));
        props.set("warmupS", param(Scenario.WARMUP_S));
        props.putObject("seed").put("type", "integer").put("description", "Seed all random streams derive from.")
                .put("default", Scenario.DEFAULT_SEED).put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
        ObjectNode load = props.putObject("load");
        load.put("type", "array").put("description", "Load steps in time order; before the first the multiplier is 1.");
        load.putObject("items").put("$ref", "#/$defs/loadStep");
        ArrayNode loadDefault = load.putArray("default");
        ObjectNode first = loadDefault.addObject();
        first.put("atS", 0).put("multiplier", 1);
        ObjectNode faults = props.putObject("faults");
        faults.put("type", "array").putArray("default");
        faults.putObject("items").put("$ref", "#/$defs/fault");
        s.put("additionalProperties", false);

        ObjectNode defs = s.putObject("$defs");
        ObjectNode step = defs.putObject("loadStep");
        step.put("type", "object");
        step.putArray("required").add("atS").add("multiplier");
        ObjectNode sp = step.putObject("properties");
        for (ParamSpec spec : List.of(LoadStep.AT_S, LoadStep.MULTIPLIER, LoadStep.RAMP_S)) {
            sp.set(spec.key(), param(spec));
        }
        step.put("additionalProperties", false);

        ObjectNode fault = defs.putObject("fault");
        fault.put("type", "object");
        fault.putArray("required").add("atS").add("type");
        ObjectNode fp = fault.putObject("properties");
        fp.set("atS", param(ScenarioReader.FAULT_AT_S));
        ArrayNode types = fp.putObject("type").put("description", "What happens.").putArray("enum");
        for (FaultType t : FaultType.values()) {
            types.add(t.fileName());
        }
        for (FaultField f : FaultField.values()) {
            fp.set(f.key(), faultField(f));
        }
        fault.put("additionalProperties", false);
        ArrayNode byType = fault.putArray("allOf");
        for (FaultType t : FaultType.values()) {
            ObjectNode rule = byType.addObject();
            ObjectNode when = rule.putObject("if");
            when.putObject("properties").putObject("type").put("const", t.fileName());
            when.putArray("required").add("type");
            ObjectNode then = rule.putObject("then");
            then.put("description", t.description());
            ArrayNode req = then.putArray("required");
            t.required().forEach(f -> req.add(f.key()));
            ArrayNode names = then.putObject("propertyNames").putArray("enum").add("atS").add("type");
            t.allowed().forEach(f -> names.add(f.key()));
            if (!t.oneOf().isEmpty()) {
                ArrayNode one = then.putArray("oneOf");
                t.oneOf().forEach(f -> one.addObject().putArray("required").add(f.key()));
            }
        }
        return JsonOut.text(s);
    }

    private static ObjectNode header(String name, String title) {
        ObjectNode s = JsonOut.object();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", "urn:archsim:schema:" + name + ":1");
        s.put("title", title);
        s.put("description", "Generated from the ArchSim catalog by org.archsim.model.io.SchemaGenerator; do not edit.");
        s.put("type", "object");
        return s;
    }

    private static void id(ObjectNode o, String description) {
        o.put("type", "string").put("minLength", 1).put("description", description);
        o.putObject("not").put("pattern", "->");
    }

    private static ObjectNode faultField(FaultField f) {
        if (f.spec().isPresent()) {
            ObjectNode o = param(f.spec().get());
            o.remove("default");
            return o;
        }
        ObjectNode o = JsonOut.object().put("description", f.description());
        if (f == FaultField.TARGETS) {
            o.put("type", "array").put("minItems", 1).put("uniqueItems", true);
            id(o.putObject("items"), "A part id.");
        } else {
            o.put("type", "string").put("minLength", 1);
        }
        return o;
    }

    /** The schema of one parameter: type, description (with unit), default, range or choices. */
    static ObjectNode param(ParamSpec spec) {
        ObjectNode o = JsonOut.object();
        switch (spec.type()) {
            case INT -> o.put("type", "integer");
            case DECIMAL -> o.put("type", "number");
            case BOOL -> o.put("type", "boolean");
            case CHOICE, TEXT -> o.put("type", "string");
            case WEIGHTS -> {
                o.put("type", "object");
                o.putObject("additionalProperties").put("type", "number").put("minimum", 0);
            }
            default -> throw new IllegalStateException();
        }
        o.put("description", spec.description() + (spec.unit().isEmpty() ? "" : " Unit: " + spec.unit() + "."));
        o.set("default", JsonOut.value(spec.defaultValue()));
        if (spec.min() != null) {
            o.set("minimum", JsonOut.number(spec.min()));
        }
        if (spec.max() != null) {
            o.set("maximum", JsonOut.number(spec.max()));
        }
        if (!spec.choices().isEmpty()) {
            ArrayNode e = o.putArray("enum");
            spec.choices().forEach(e::add);
        }
        return o;
    }

    // ---- docs ----------------------------------------------------------------------------------------------------

    /** The generated sections of {@code docs/formats.md}, by marker name. */
    public Map<String, String> docSections() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kinds", ParamTables.kinds(catalog));
        out.put("link-params", ParamTables.table(catalog.linkParams()));
        out.put("scenario-fields", ParamTables.scenarioFields());
        out.put("fault-types", ParamTables.faultTypes());
        return out;
    }

    /** {@code doc} with every generated section replaced by fresh output; throws when a marker is missing. */
    public String fillDocs(String doc) {
        String out = doc;
        for (Map.Entry<String, String> e : docSections().entrySet()) {
            String begin = "<!-- BEGIN GENERATED: " + e.getKey() + " -->\n";
            String end = "<!-- END GENERATED: " + e.getKey() + " -->";
            int b = out.indexOf(begin);
            int en = out.indexOf(end);
            if (b < 0 || en < b) {
                throw new IllegalStateException(FORMATS_DOC + " lacks the markers of section " + e.getKey());
            }
            out = out.substring(0, b + begin.length()) + e.getValue() + out.substring(en);
        }
        return out;
    }

}
