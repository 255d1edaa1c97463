package org.archsim.lessons.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed pack and lesson schemas equal what {@link PackSchemas} builds from the loader now, and every bundled
 * pack and lesson uses only what the schemas declare. Run with {@code -Darchsim.regenerate=true} to rewrite them.
 */
class PackSchemasTest {

    private static final Path ROOT = Path.of("..");
    private static final String HOW = "regenerate with: mvn -q -o -pl lessons -am test -Dtest=PackSchemasTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Darchsim.regenerate=true";

    @Test
    void committedSchemasMatchTheLoader() throws Exception {
        for (Map.Entry<String, String> e : new PackSchemas().files().entrySet()) {
            Path file = ROOT.resolve(e.getKey());
            if (Boolean.getBoolean("archsim.regenerate")) {
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            assertThat(committed).as(e.getKey() + " is out of date; " + HOW).isEqualTo(e.getValue());
        }
    }

    @Test
    void schemasDeclareExactlyTheLoadersFieldsAndGoalTypes() {
        PackSchemas g = new PackSchemas();
        assertThat(names(g.packSchema().get("properties"))).isEqualTo(new TreeSet<>(PackLoader.FIELDS));
        JsonNode lesson = g.lessonSchema();
        assertThat(names(lesson.get("properties"))).isEqualTo(new TreeSet<>(LessonReader.FIELDS));
        Set<String> types = new TreeSet<>();
        lesson.at("/$defs/goal/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertThat(types).isEqualTo(GoalReader.TYPES.keySet());
        for (JsonNode rule : lesson.at("/$defs/goal/allOf")) {
            String type = rule.at("/if/properties/type/const").asText();
            Set<String> fields = names(rule.at("/then/properties"));
            fields.remove("type");
            assertThat(fields).as(type).isEqualTo(new TreeSet<>(GoalReader.TYPES.get(type)));
        }
        assertThat(rule(lesson, "availability").at("/then/required").toString()).isEqualTo("[\"min\"]");
        assertThat(rule(lesson, "latency").at("/then/required").toString()).isEqualTo("[\"stat\",\"maxMs\"]");
        assertThat(rule(lesson, "part-count").at("/then/anyOf").size()).isEqualTo(2);
        assertThat(names(lesson.at("/$defs/window/properties"))).isEqualTo(new TreeSet<>(GoalReader.WINDOW_FIELDS));
        assertThat(lesson.at("/$defs/removeConcept/oneOf").size()).isEqualTo(MutationReader.ACTIONS.size());
        assertThat(g.packSchema().at("/properties/lessons/maxItems").asInt()).isEqualTo(PackLoader.MAX_LESSONS);
    }

    @Test
    void bundledPacksUseOnlyDeclaredFieldsAndGoalTypes() throws Exception {
        PackSchemas g = new PackSchemas();
        Set<String> packFields = names(g.packSchema().get("properties"));
        JsonNode lessonSchema = g.lessonSchema();
        Set<String> lessonFields = names(lessonSchema.get("properties"));
        ObjectMapper json = new ObjectMapper();
        int lessons = 0;
        try (Stream<Path> files = Files.walk(ROOT.resolve("assets/lessons"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode doc = json.readTree(f.toFile());
                if (f.getFileName().toString().equals("pack.json")) {
                    assertThat(names(doc)).as(f.toString()).isSubsetOf(packFields);
                } else if (f.toString().endsWith(".lesson.json")) {
                    lessons++;
                    assertThat(names(doc)).as(f.toString()).isSubsetOf(lessonFields);
                    for (JsonNode goal : doc.get("goals")) {
                        String type = goal.get("type").asText();
                        Set<String> fields = names(goal);
                        fields.remove("type");
                        assertThat(fields).as(f + " " + type).isSubsetOf(GoalReader.TYPES.get(type));
                    }
                }
            }
        }
        assertThat(lessons).isGreaterThanOrEqualTo(15);
    }

    private static JsonNode rule(JsonNode lesson, String type) {
        for (JsonNode r : lesson.at("/$defs/goal/allOf")) {
            if (r.at("/if/properties/type/const").asText().equals(type)) {
                return r;
            }
        }
        throw new AssertionError("no rule for " + type);
    }

    private static Set<String> names(JsonNode obj) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
