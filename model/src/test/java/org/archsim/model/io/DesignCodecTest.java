package org.archsim.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesignCodecTest {

    @TempDir
    Path tmp;

    private static Path resource(String name) throws Exception {
        return Path.of(DesignCodecTest.class.getResource(name).toURI());
    }

    @Test
    void readsTheContractExample() throws Exception {
        Design d = DesignCodec.read(resource("/designs/monolith.archsim.json"));
        assertThat(d.name()).isEqualTo("Monolith");
        assertThat(d.components()).extracting(Component::id).containsExactly("users", "app", "db");
        Component app = d.requireComponent("app");
        assertThat(app.kind().id()).isEqualTo("service");
        assertThat(app.name()).isEqualTo("app");
        assertThat(app.x()).isEqualTo(300.0);
        assertThat(app.explicitParams()).containsExactly(Map.entry("queueCapacity", 1000),
                Map.entry("serviceDist", "exponential"), Map.entry("serviceTimeMs", 20.0), Map.entry("workers", 8));
        assertThat(d.requireComponent("db").explicitParams()).isEmpty();
        assertThat(d.requireComponent("db").intParam("workers")).isEqualTo(50);
        assertThat(d.links()).extracting(Link::id).containsExactly("users->app", "app->db");
        assertThat(d.requireLink("app->db").explicitParams()).containsExactly(Map.entry("latencyMs", 1.0));
    }

    @Test
    void writesTheCanonicalForm() throws Exception {
        Design d = DesignCodec.read(resource("/designs/monolith.archsim.json"));
        d.rename("db", "Orders DB");
        d.setParam("app", "serviceCv", 0.25);
        d.setParam("users", "endpoints", Map.of("/b", 1.0, "/a", 2.5));
        assertThat(DesignCodec.toJson(d)).isEqualTo("""
                {
                  "format": "archsim.design/1",
                  "name": "Monolith",
                  "components": [
                    {
                      "id": "users",
                      "kind": "client",
                      "x": 80,
                      "y": 200,
                      "params": {
                        "endpoints": {
                          "/a": 2.5,
                          "/b": 1
                        },
                        "readRatio": 0.9,
                        "rps": 200
                      }
                    },
                    {
                      "id": "app",
                      "kind": "service",
                      "x": 300,
                      "y": 200,
                      "params": {
                        "queueCapacity": 1000,
                        "serviceCv": 0.25,
                        "serviceDist": "exponential",
                        "serviceTimeMs": 20,
                        "workers": 8
                      }
                    },
                    {
                      "id": "db",
                      "kind": "database",
                      "name": "Orders DB",
                      "x": 520,
                      "y": 200,
                      "params": {}
                    }
                  ],
                  "links": [
                    {
                      "from": "users",
                      "to": "app"
                    },
                    {
                      "from": "app",
                      "to": "db",
                      "latencyMs": 1
                    }
                  ]
                }
                """);
    }

    @Test
    void emptyDesignAndOptionalFields() throws Exception {
        Design d = DesignCodec.read("min", "{\"format\":\"archsim.design/1\",\"name\":\"E\",\"components\":"
                + "[{\"id\":\"a\",\"kind\":\"cache\",\"name\":\"a\"}]}");
        assertThat(d.requireComponent("a").x()).isZero();
        assertThat(DesignCodec.toJson(d)).doesNotContain("\"name\": \"a\"").contains("\"links\": []");
        assertThat(DesignCodec.toJson(new Design("Nothing"))).isEqualTo(
                "{\n  \"format\": \"archsim.design/1\",\n  \"name\": \"Nothing\",\n  \"components\": [],\n  \"links\": []\n}\n");
    }

    @Test
    void writeIsAtomicAndLeavesNoTemporaryFiles() throws Exception {
        Design d = DesignCodec.read(resource("/designs/monolith.archsim.json"));
        Path target = tmp.resolve("out.archsim.json");
        Files.writeString(target, "old content");
        DesignCodec.write(d, target);
        assertThat(Files.readString(target)).isEqualTo(DesignCodec.toJson(d));
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("out.archsim.json");
        }
        assertThat(DesignCodec.read(target).sameContent(d)).isTrue();
    }

    @Test
    void stringsWithSpecialCharactersSurvive() throws Exception {
        Design d = new Design("Quotes \" and \\ and \n newline and ünïcode ✓");
        d.addComponent(new Component("a\tb", Catalog.standard().require("service"), -1.5, 1e-3));
        d.rename("a\tb", "\u0001 control");
        Design back = DesignCodec.read("x", DesignCodec.toJson(d));
        assertThat(back.sameContent(d)).isTrue();
    }

    private static List<String> problems(String componentsAndLinks) {
        String text = "{\"format\": \"archsim.design/1\", \"name\": \"T\",\n" + componentsAndLinks + "}";
        FormatException e = catchThrowableOfType(FormatException.class, () -> DesignCodec.read("t.json", text));
        assertThat(e).as("expected a FormatException for %s", componentsAndLinks).isNotNull();
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.path() + ": " + p.message()).toList();
    }

    private static final String PARTS = "\"components\": [{\"id\": \"a\", \"kind\": \"service\"}, "
            + "{\"id\": \"b\", \"kind\": \"database\"}]";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown kind      | "components": [{"id": "a", "kind": "mainframe"}]                        | 2:36 components[0].kind: unknown kind "mainframe" (known kinds: client,
            duplicate id      | "components": [{"id": "a", "kind": "cache"}, {"id": "a", "kind": "dns"}] | 2:53 components[1].id: duplicate id "a" (already used by components[0])
            blank id          | "components": [{"id": " ", "kind": "cache"}]                            | 2:23 components[0].id: must not be empty
            arrow in id       | "components": [{"id": "a->b", "kind": "cache"}]                         | 2:23 components[0].id: must not contain "->"
            unknown param     | "components": [{"id": "a", "kind": "cache", "params": {"ttl": 3}}]      | 2:56 components[0].params.ttl: unknown parameter of a cache; did you mean "ttlS"?
            out of range      | "components": [{"id": "a", "kind": "cache", "params": {"ttlS": -3}}]    | 2:64 components[0].params.ttlS: must be ≥ 0, was -3
            bad choice        | "components": [{"id": "a", "kind": "cache", "params": {"eviction": "lru2"}}] | 2:68 components[0].params.eviction: must be one of lru, lfu, was "lru2"; did you mean "lru"?
            unknown field     | "components": [{"id": "a", "kind": "cache", "colour": 1}]               | 2:45 components[0].colour: unknown field (a component has: id, kind, name, x, y, params)
            missing from part | PARTS, "links": [{"from": "a", "to": "c"}]                              | 3:33 links[0].to: no part with id "c"
            missing to part   | PARTS, "links": [{"from": "z", "to": "b"}]                              | 3:22 links[0].from: no part with id "z"
            self link         | PARTS, "links": [{"from": "a", "to": "a"}]                              | 3:33 links[0].to: a part cannot link to itself ("a")
            duplicate link    | PARTS, "links": [{"from": "a", "to": "b"}, {"from": "a", "to": "b"}]    | 3:39 links[1]: duplicate link a->b (already declared at links[0])
            unknown link key  | PARTS, "links": [{"from": "a", "to": "b", "latency": 1}]                | 3:38 links[0].latency: unknown field; did you mean "latencyMs"?
            bad link param    | PARTS, "links": [{"from": "a", "to": "b", "retries": 2.5}]              | 3:49 links[0].retries: must be an integer, was 2.5
            missing components| "links": []                                                              | 1:1 components: missing
            """)
    void semanticErrorsNameTheirPath(String what, String body, String expected) {
        assertThat(problems(body.replace("PARTS", PARTS + "\n"))).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void allSemanticProblemsAreCollectedInSourceOrder() {
        List<String> all = problems("\"components\": [{\"id\": \"a\", \"kind\": \"nope\"}, {\"id\": \"b\", \"kind\": "
                + "\"service\", \"params\": {\"workers\": 0, \"serviceTimeMs\": -1}}],\n\"links\": [{\"from\": \"a\", "
                + "\"to\": \"x\"}]");
        assertThat(all).extracting(s -> s.substring(s.indexOf(' ') + 1, s.indexOf(':', s.indexOf(' '))))
                .containsExactly("components[0].kind", "components[1].params.workers",
                        "components[1].params.serviceTimeMs", "links[0].to");
    }

    @Test
    void linksToABrokenPartDoNotCascade() {
        assertThat(problems("\"components\": [{\"id\": \"a\", \"kind\": \"nope\"}, {\"id\": \"b\", \"kind\": "
                + "\"cache\"}], \"links\": [{\"from\": \"a\", \"to\": \"b\"}]")).hasSize(1);
    }
}
