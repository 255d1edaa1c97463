package org.archsim.lessons.io;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.archsim.model.Catalog;

/**
 * The JSON Schemas (draft 2020-12) of {@code pack.json} and lesson files, built from the loader's own declarations —
 * the field sets of {@link PackLoader} and {@link LessonReader}, the goal types and their fields in {@link GoalReader},
 * the removeConcept actions in {@link MutationReader}, the caps, and the catalog's kinds — so that a field the loader
 * learns without a schema entry fails generation (and the test that compares the committed files with this output).
 * The schemas let an editor check a pack while it is written; the loader remains the authority (it also checks
 * references between files, which a schema cannot).
 */
public final class PackSchemas {

    /** Schema file paths relative to the repository root. */
    public static final String PACK_SCHEMA = "assets/schemas/pack.schema.json";
    public static final String LESSON_SCHEMA = "assets/schemas/lesson.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCENARIO_ID = "urn:archsim:schema:scenario:1";
    private static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
    private static final String PATH_DOC = "A path relative to the pack root, with / between folders; no .., no "
            + "absolute path, no backslash.";

    /** Every generated file: path relative to the repository root → content. */
    public Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(PACK_SCHEMA, text(packSchema()));
        out.put(LESSON_SCHEMA, text(lessonSchema()));
        return out;
    }

    /** The schema of {@code pack.json}. */
    public ObjectNode packSchema() {
        ObjectNode s = header("pack", "ArchSim lesson pack (" + PackLoader.FORMAT + ")");
        ObjectNode p = properties(s, PackLoader.FIELDS, Set.of("format", "id", "title", "version", "author",
                "description", "lessons"));
        p.putObject("format").put("const", PackLoader.FORMAT);
        p.putObject("id").put("type", "string").put("pattern", "^[a-z0-9][a-z0-9.-]{0,63}$")
                .put("description", "Unique id of the pack; progress is kept under it.");
        text(p, "title", "The pack's title in the lesson browser.");
        text(p, "version", "The pack's version, e.g. 1.0.0.");
        text(p, "author", "Who wrote the pack.");
        text(p, "description", "One or two sentences about the pack.");
        ObjectNode lessons = p.putObject("lessons").put("type", "array").put("minItems", 1)
                .put("maxItems", PackLoader.MAX_LESSONS).put("description", "Lesson files in teaching order.");
        path(lessons.putObject("items"), "\\.lesson\\.json$");
        requireSameFields(s, PackLoader.FIELDS, "pack");
        return s;
    }

    /** The schema of a lesson file ({@code *.lesson.json}). */
    public ObjectNode lessonSchema() {
        ObjectNode s = header("lesson", "ArchSim lesson (" + LessonReader.FORMAT + ")");
        ObjectNode p = properties(s, LessonReader.FIELDS, Set.of("format", "id", "title", "concepts", "introduction",
                "start", "solution", "allowedKinds", "scenario", "goals", "hints", "removeConcept"));
        p.putObject("format").put("const", LessonReader.FORMAT);
        p.putObject("id").put("type", "string").put("pattern", ID_PATTERN)
                .put("description", "Unique id of the lesson within its pack.");
        text(p, "title", "The lesson's title.");
        strings(p.putObject("concepts"), 1, 10).put("description", "The concepts the lesson teaches.");
        ObjectNode intro = p.putObject("introduction").put("description", "A markdown file, or inline markdown.");
        ArrayNode introOneOf = intro.putArray("oneOf");
        path(introOneOf.addObject(), "\\.md$");
        ObjectNode inline = introOneOf.addObject().put("type", "object");
        inline.putArray("required").add("markdown");
        inline.putObject("properties").putObject("markdown").put("type", "string");
        inline.put("additionalProperties", false);
        path(p.putObject("start"), "\\.archsim\\.json$").put("description", "The design the learner starts from.");
        path(p.putObject("solution"), "\\.archsim\\.json$").put("description", "A design that meets every goal.");
        ObjectNode allowed = strings(p.putObject("allowedKinds"), 1, 50)
                .put("description", "Part kinds the palette offers; both designs may use only these.");
        ArrayNode kinds = ((ObjectNode) allowed.get("items")).putArray("enum");
        Catalog.standard().kinds().forEach(k -> kinds.add(k.id()));
        ObjectNode scenario = p.putObject("scenario").put("description", "Load and faults: a scenario file, or an "
                + "inline scenario object.");
        ArrayNode scOneOf = scenario.putArray("oneOf");
        path(scOneOf.addObject(), "\\.scenario\\.json$");
        scOneOf.addObject().put("$ref", SCENARIO_ID);
        p.putObject("goals").put("type", "array").put("minItems", 1).putObject("items").put("$ref", "#/$defs/goal");
        strings(p.putObject("hints"), 1, 10).put("description", "Progressive hints, each revealing a little more.");
        ObjectNode predict = p.putObject("predict").put("type", "object")
                .put("description", "A question answered before the run and explained after it.");
        predict.putArray("required").add("question").add("choices").add("answer").add("explanation");
        ObjectNode pp = predict.putObject("properties");
        pp.putObject("question").put("type", "string");
        strings(pp.putObject("choices"), 2, 8);
        pp.putObject("answer").put("type", "integer").put("minimum", 0).put("maximum", 7)
                .put("description", "Index of the right choice.");
        pp.putObject("explanation").put("type", "string");
        predict.put("additionalProperties", false);
        p.putObject("removeConcept").put("type", "array").put("minItems", 1)
                .put("description", "Edits that take the taught concept out of the solution; the result must fail.")
                .putObject("items").put("$ref", "#/$defs/removeConcept");
        ObjectNode defs = s.putObject("$defs");
        defs.set("goal", GoalSchemas.goal(Catalog.standard()));
        defs.set("window", GoalSchemas.window());
        defs.set("removeConcept", GoalSchemas.removeConcept());
        requireSameFields(s, LessonReader.FIELDS, "lesson");
        return s;
    }

    /** The node as text: two-space indent, {@code "key": value}, trailing newline. */
    static String text(ObjectNode node) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try {
            return new ObjectMapper().writer(pp).writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode header(String name, String title) {
        ObjectNode s = NODES.objectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", "urn:archsim:schema:" + name + ":1");
        s.put("title", title);
        s.put("description", "Generated from the lesson loader's declarations by org.archsim.lessons.io.PackSchemas; "
                + "do not edit.");
        s.put("type", "object");
        return s;
    }

    /** Declares the properties object; fails when the loader's fields and the schema's would differ. */
    private static ObjectNode properties(ObjectNode s, Set<String> loaderFields, Set<String> required) {
        ArrayNode req = s.putArray("required");
        loaderFields.stream().filter(required::contains).forEach(req::add);
        if (!loaderFields.containsAll(required)) {
            throw new IllegalStateException("required fields " + required + " not all read by the loader");
        }
        s.put("additionalProperties", false);
        return s.putObject("properties");
    }

    /** Checks, after building, that the schema declares exactly the loader's fields. */
    static void requireSameFields(ObjectNode schema, Set<String> loaderFields, String what) {
        Set<String> declared = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(declared::add);
        if (!declared.equals(new TreeSet<>(loaderFields))) {
            throw new IllegalStateException(what + " schema declares " + declared + " but the loader reads "
                    + new TreeSet<>(loaderFields));
        }
    }

    private static void text(ObjectNode p, String key, String doc) {
        p.putObject(key).put("type", "string").put("minLength", 1).put("description", doc);
    }

    private static ObjectNode strings(ObjectNode n, int min, int max) {
        n.put("type", "array").put("minItems", min).put("maxItems", max);
        n.putObject("items").put("type", "string").put("minLength", 1);
        return n;
    }

    private static ObjectNode path(ObjectNode n, String endPattern) {
        n.put("type", "string").put("description", PATH_DOC);
        ArrayNode all = n.putArray("allOf");
        all.addObject().put("pattern", endPattern);
        all.addObject().putObject("not").put("pattern", "(^/|\\\\|^[A-Za-z]:|(^|/)\\.\\.(/|$))");
        return n;
    }
}
