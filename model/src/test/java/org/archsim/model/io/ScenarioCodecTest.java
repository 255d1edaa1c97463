package org.archsim.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultField;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCodecTest {

    @TempDir
    Path tmp;

    static final String EXAMPLE = """
            {"format": "archsim.scenario/1", "durationS": 600, "warmupS": 60, "seed": 42,
             "load":   [{"atS": 0, "multiplier": 1.0}, {"atS": 300, "multiplier": 3.0}],
             "faults": [{"atS": 200, "type": "crash", "target": "db", "durationS": 60}]}
            """;

    @Test
    void readsTheContractExample() throws Exception {
        Scenario s = ScenarioCodec.read("example.scenario.json", EXAMPLE);
        assertThat(s).isEqualTo(new Scenario(600, 60, 42, List.of(new LoadStep(0, 1), new LoadStep(300, 3)),
                List.of(Fault.of(200, FaultType.CRASH, "db").withDurationS(60.0))));
    }

    @Test
    void absentFieldsTakeTheDefaults() throws Exception {
        assertThat(ScenarioCodec.read("min", "{\"format\": \"archsim.scenario/1\"}")).isEqualTo(Scenario.defaults());
        assertThat(Scenario.defaults()).isEqualTo(new Scenario(60, 10, 1, List.of(new LoadStep(0, 1)), List.of()));
    }

    @Test
    void writesTheCanonicalForm() throws Exception {
        Scenario s = ScenarioCodec.read("x", EXAMPLE).withFaults(List.of(
                Fault.of(200, FaultType.CRASH, "db").withDurationS(60.0),
                Fault.partitionOf(250.5, List.of("db", "cache"))));
        assertThat(ScenarioCodec.toJson(s)).isEqualTo("""
                {
                  "format": "archsim.scenario/1",
                  "durationS": 600,
                  "warmupS": 60,
                  "seed": 42,
                  "load": [
                    {
                      "atS": 0,
                      "multiplier": 1
                    },
                    {
                      "atS": 300,
                      "multiplier": 3
                    }
                  ],
                  "faults": [
                    {
                      "atS": 200,
                      "type": "crash",
                      "target": "db",
                      "durationS": 60
                    },
                    {
                      "atS": 250.5,
                      "type": "partition",
                      "targets": [
                        "db",
                        "cache"
                      ]
                    }
                  ]
                }
                """);
        Path f = tmp.resolve("s.scenario.json");
        ScenarioCodec.write(s, f);
        assertThat(ScenarioCodec.read(f)).isEqualTo(s);
    }

    @Test
    void everyFaultTypeRoundTripsWithItsFields() throws Exception {
        List<Fault> faults = List.of(
                Fault.of(1, FaultType.CRASH, "app"),
                Fault.of(2, FaultType.SLOW_DOWN, "app").withFactor(4.0).withDurationS(30.0),
                Fault.of(3, FaultType.PARTITION, "app->db"),
                Fault.of(4, FaultType.TRAFFIC_SPIKE, null).withMultiplier(5.0),
                Fault.of(5, FaultType.TRAFFIC_SPIKE, "users"),
                Fault.of(6, FaultType.CACHE_FLUSH, "cache"),
                Fault.of(7, FaultType.REPLICA_LAG, "db").withLagMs(2500.0),
                Fault.of(8, FaultType.ZONE_LOSS, "zone-b"),
                Fault.of(9, FaultType.PACKET_LOSS, "app->db").withRate(0.25),
                Fault.of(10, FaultType.DEPENDENCY_TIMEOUT, "app->db"),
                Fault.of(11, FaultType.READ_ONLY, "db").withDurationS(5.0),
                Fault.of(12, FaultType.ADD_SHARD, "db-5"),
                Fault.of(13, FaultType.REMOVE_SHARD, "db-2").withDurationS(20.0));
        Scenario s = Scenario.defaults().withFaults(faults);
        assertThat(ScenarioCodec.read("all", ScenarioCodec.toJson(s))).isEqualTo(s);
        assertThat(faults.stream().map(Fault::type).distinct()).hasSize(FaultType.values().length);
    }

    @Property(tries = 150)
    void randomScenariosRoundTrip(@ForAll("scenarios") Scenario s) throws FormatException {
        String text = ScenarioCodec.toJson(s);
        assertThat(ScenarioCodec.read("p", text)).isEqualTo(s);
        assertThat(ScenarioCodec.toJson(ScenarioCodec.read("p", text))).isEqualTo(text);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Double> duration = Arbitraries.doubles().between(20, 100_000).map(d -> d + 0.0);
        Arbitrary<List<LoadStep>> load = Combinators.combine(Arbitraries.doubles().between(0, 1000),
                        Arbitraries.doubles().between(0, 50), Arbitraries.of(0.0, 5.0, 12.5))
                .as(LoadStep::new).list().ofMaxSize(5)
                .map(l -> l.stream().sorted(java.util.Comparator.comparingDouble(LoadStep::atS)).toList());
        Arbitrary<Fault> fault = Combinators.combine(Arbitraries.of(FaultType.class),
                Arbitraries.doubles().between(0, 1000), Arbitraries.of(null, 1.0, 30.5))
                .as((type, at, dur) -> {
                    String target = switch (type.targetKind()) {
                        case LINK -> "a->b";
                        case ZONE -> "zone-a";
                        case NONE -> null;
                        default -> "a";
                    };
                    return Fault.of(at + 0.0, type, target).withDurationS(dur);
                });
        return Combinators.combine(duration, Arbitraries.doubles().between(0, 19), Arbitraries.longs(), load,
                fault.list().ofMaxSize(6)).as(Scenario::new);
    }

    @Test
    void faultFieldRulesComeFromTheTypeData() {
        assertThat(FaultType.SLOW_DOWN.required()).containsExactlyInAnyOrder(FaultField.TARGET, FaultField.FACTOR);
        assertThat(FaultType.PARTITION.oneOf()).containsExactlyInAnyOrder(FaultField.TARGET, FaultField.TARGETS);
        assertThat(FaultType.values()).allSatisfy(t -> assertThat(t.allows(FaultField.DURATION_S)).isTrue());
        assertThatThrownBy(() -> new Fault(1, FaultType.CRASH, "a", List.of(), null, 2.0, null, null, null))
                .hasMessageContaining("factor is not taken by crash faults");
        assertThatThrownBy(() -> Fault.of(1, FaultType.CRASH, null)).hasMessageContaining("target is required");
        assertThatThrownBy(() -> Fault.of(1, FaultType.PACKET_LOSS, "a->b").withRate(3.0)).hasMessageContaining("rate");
        assertThat(Fault.of(1, FaultType.CRASH, "a").endS()).isInfinite();
    }

    private static List<String> problems(String faults) {
        String text = "{\"format\": \"archsim.scenario/1\",\n\"faults\": [" + faults + "]}";
        FormatException e = catchThrowableOfType(FormatException.class, () -> ScenarioCodec.read("s.json", text));
        assertThat(e).as(faults).isNotNull();
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.path() + ": " + p.message()).toList();
    }

    @Test
    void faultProblemsNameTheirPath() {
        assertThat(problems("{\"atS\": 1, \"type\": \"slow-down\", \"target\": \"a\"}"))
                .containsExactly("2:12 faults[0].factor: missing; slow-down faults require target, factor");
        assertThat(problems("{\"atS\": 1, \"type\": \"crash\", \"target\": \"a\", \"lagMs\": 3}")).containsExactly(
                "2:55 faults[0].lagMs: crash faults take no lagMs (they take: atS, type, target, durationS)");
        assertThat(problems("{\"atS\": 1, \"type\": \"partition\"}"))
                .containsExactly("2:12 faults[0]: partition faults need exactly one of target, targets");
        assertThat(problems("{\"atS\": 1, \"type\": \"dependency-timeout\", \"target\": \"db\"}")).containsExactly(
                "2:63 faults[0].target: must be a link id \"from->to\" (dependency-timeout faults hit a link), was \"db\"");
        assertThat(problems("{\"atS\": 1, \"type\": \"crash\", \"target\": \"a\", \"durationS\": -1}"))
                .containsExactly("2:68 faults[0].durationS: must be ≥ 0.001, was -1");
        assertThat(problems("{\"atS\": 1, \"type\": \"partition\", \"targets\": [\"a\", \"a\", 3]}")).containsExactly(
                "2:61 faults[0].targets[1]: duplicate part id \"a\"",
                "2:66 faults[0].targets[2]: must be a part id, was 3");
        assertThat(problems("{\"atS\": 1, \"type\": \"crash\", \"target\": \"a\", \"tagret\": \"b\"}")).singleElement()
                .isEqualTo("2:55 faults[0].tagret: unknown field; did you mean \"target\"? (a crash fault has: atS, type, "
                        + "target, durationS)");
    }

    @Test
    void targetsAreCheckedAgainstADesign() throws Exception {
        Design d = DesignCodec.read("d", """
                {"format": "archsim.design/1", "name": "Shop", "components": [
                  {"id": "app", "kind": "service"}, {"id": "db", "kind": "database", "params": {"zone": "zone-b"}},
                  {"id": "cache", "kind": "cache"}],
                 "links": [{"from": "app", "to": "db"}, {"from": "app", "to": "cache"}]}
                """);
        ScenarioDocument doc = ScenarioCodec.readDocument("outage.scenario.json", """
                {"format": "archsim.scenario/1",
                 "faults": [
                  {"atS": 1, "type": "crash", "target": "dbb"},
                  {"atS": 2, "type": "packet-loss", "target": "db->app", "rate": 0.5},
                  {"atS": 3, "type": "cache-flush", "target": "db"},
                  {"atS": 4, "type": "zone-loss", "target": "zone-c"},
                  {"atS": 5, "type": "partition", "targets": ["app", "ghost"]},
                  {"atS": 6, "type": "crash", "target": "app"},
                  {"atS": 7, "type": "partition", "target": "app->db"},
                  {"atS": 8, "type": "zone-loss", "target": "zone-b"}
                 ]}
                """);
        assertThat(ScenarioCodec.checkAgainst(doc, d)).extracting(FormatProblem::toString).containsExactly(
                "outage.scenario.json:3:41: faults[0].target: no part \"dbb\" in \"Shop\"; did you mean \"db\"?",
                "outage.scenario.json:4:47: faults[1].target: no link \"db->app\" in \"Shop\"",
                "outage.scenario.json:5:47: faults[2].target: \"db\" is a database; cache-flush faults hit a cache or cdn",
                "outage.scenario.json:6:45: faults[3].target: no part of \"Shop\" is in zone \"zone-c\"; did you mean "
                        + "\"zone-a\"? (zones in use: zone-a, zone-b)",
                "outage.scenario.json:7:54: faults[4].targets[1]: no part \"ghost\" in \"Shop\"");
        List<FormatProblem> inMemory = ScenarioCodec.checkAgainst(doc.scenario(), d);
        assertThat(inMemory).hasSize(5).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(ScenarioCodec.IN_MEMORY_SOURCE);
            assertThat(p.line()).isGreaterThan(1);
        });
        assertThat(inMemory.get(0).path()).isEqualTo("faults[0].target");
    }
}
