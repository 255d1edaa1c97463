package org.archsim.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.junit.jupiter.api.Test;

/** The bundled example designs read cleanly, and the design rules say what a teacher would about each. */
class ExampleDesignsTest {

    private static final Path EXAMPLES = Path.of("..", "assets", "examples");

    private static Design read(String name) throws Exception {
        return DesignCodec.read(EXAMPLES.resolve(name + ".archsim.json"));
    }

    private static List<String> spofs(Design d) {
        return DesignRules.check(d).stream().filter(p -> p.code().equals("spof"))
                .flatMap(p -> p.subjects().stream()).toList();
    }

    @Test
    void everyExampleReadsWithoutErrors() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> designs = files.filter(f -> f.toString().endsWith(".archsim.json")).sorted().toList();
            assertThat(designs).hasSizeGreaterThanOrEqualTo(3);
            for (Path f : designs) {
                assertThat(DesignRules.hasErrors(DesignRules.check(DesignCodec.read(f)))).as(f.toString()).isFalse();
            }
        }
    }

    @Test
    void theMonolithsServerAndDatabaseAreSinglePointsOfFailure() throws Exception {
        assertThat(spofs(read("monolith"))).containsExactly("app", "db");
    }

    @Test
    void nothingInTheScaledOutDesignIsASinglePointOfFailure() throws Exception {
        Design d = read("scaled-out");
        assertThat(spofs(d)).isEmpty();
        assertThat(DesignRules.check(d)).isEmpty();
        // Take away one load balancer and the remaining one becomes the single point of failure.
        d.disconnect("dns->lb-b");
        assertThat(spofs(d)).containsExactly("lb-a");
    }

    @Test
    void theMicroservicesDesignHasNoSinglePointOfFailure() throws Exception {
        assertThat(spofs(read("microservices"))).isEmpty();
    }
}
