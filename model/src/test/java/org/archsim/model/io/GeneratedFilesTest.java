package org.archsim.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.archsim.model.Catalog;
import org.archsim.model.ComponentKind;
import org.junit.jupiter.api.Test;

/**
 * The committed schemas and the generated sections of docs/formats.md must equal what {@link SchemaGenerator} makes
 * from the catalog now. Run with {@code -Darchsim.regenerate=true} to rewrite them.
 */
class GeneratedFilesTest {

    private static final String HOW = "regenerate with: mvn -q -pl model test -Dtest=GeneratedFilesTest "
            + "-Darchsim.regenerate=true  (or run org.archsim.model.io.SchemaGenerator with the repository root)";

    @Test
    void committedFilesMatchTheCatalog() throws Exception {
        Path root = SchemaGenerator.findRoot(Path.of("").toAbsolutePath());
        Map<String, String> files = new SchemaGenerator().files(root);
        boolean regenerate = Boolean.getBoolean("archsim.regenerate");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = root.resolve(e.getKey());
            if (regenerate) {
                Files.createDirectories(file.getParent());
                JsonOut.writeAtomically(file, e.getValue());
            }
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            assertThat(committed).as(e.getKey() + " is out of date; " + HOW).isEqualTo(e.getValue());
        }
    }

    @Test
    void schemasAreValidJsonAndCoverTheCatalog() throws Exception {
        SchemaGenerator g = new SchemaGenerator();
        JsonNode design = new ObjectMapper().readTree(g.designSchema());
        for (ComponentKind k : Catalog.standard().kinds()) {
            JsonNode params = design.at("/$defs/params-" + k.id() + "/properties");
            assertThat(params.size()).as(k.id()).isEqualTo(k.params().size());
        }
        assertThat(design.at("/$defs/params-service/properties/workers/minimum").asInt()).isEqualTo(1);
        assertThat(design.at("/$defs/link/properties/latencyMs/default").asDouble()).isZero();
        JsonNode scenario = new ObjectMapper().readTree(g.scenarioSchema());
        assertThat(scenario.at("/$defs/fault/allOf").size()).isEqualTo(12);
        assertThat(g.docSections().get("kinds")).contains("| `workers` | integer |");
    }
}
