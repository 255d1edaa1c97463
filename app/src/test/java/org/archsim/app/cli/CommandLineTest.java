package org.archsim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless command line as a script sees it: output, messages and exit codes. */
class CommandLineTest {

    private static final Path EXAMPLES = Path.of("..", "assets", "examples");

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = ArchSimCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void validateReportsTheExamplesValidWithTheirWarnings() {
        Run r = run("validate", EXAMPLES.resolve("monolith.archsim.json").toString(),
                EXAMPLES.resolve("scaled-out.archsim.json").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("monolith.archsim.json: valid (2 warnings)")
                .contains("warning [spof] app:").contains("scaled-out.archsim.json: valid (0 warnings)");
    }

    @Test
    void aBrokenFileGetsALocatedErrorAndExitCode2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.archsim.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("monolith.archsim.json"))
                .replace("\"workers\": 8", "\"workers\": 0"));
        Run r = run("validate", bad.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad.archsim.json:7:28: components[1].params.workers: must be ≥ 1, was 0");
    }

    @Test
    void aMissingFileAndAnUnknownOptionAreBadInput() {
        assertThat(run("validate", "no-such-file.archsim.json").err()).contains("cannot read the file (no such file)");
        assertThat(run("validate", "no-such-file.archsim.json").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("simulate", "--frobnicate").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void simulatePrintsAReadableReportWithTheoryBesideSimulation(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("mm1.archsim.json");
        Files.writeString(design, """
                {"format": "archsim.design/1", "name": "One server",
                 "components": [
                   {"id": "users", "kind": "client", "x": 0, "y": 0, "params": {"rps": 50}},
                   {"id": "server", "kind": "service", "x": 200, "y": 0,
                    "params": {"workers": 1, "serviceTimeMs": 10, "queueCapacity": -1}}],
                 "links": [{"from": "users", "to": "server"}]}
                """);
        Run r = run("simulate", design.toString(), "--duration", "200", "--warmup", "20", "--seed", "3");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("One server — 200 s simulated (20 s warm-up left out), seed 3")
                .contains("Theory: mean latency 20.00 ms").contains("M/M/1").contains("server");
    }

    @Test
    void simulateJsonHasTheContractFieldsAndIsDeterministic() throws Exception {
        String file = EXAMPLES.resolve("monolith.archsim.json").toString();
        Run a = run("simulate", file, "--duration", "30", "--warmup", "5", "--json");
        Run b = run("simulate", file, "--duration", "30", "--warmup", "5", "--json");
        assertThat(a.exit()).isEqualTo(ExitCodes.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.out());
        assertThat(json.at("/system/completed").asLong()).isGreaterThan(4000);
        assertThat(json.at("/system/throughputRps").asDouble()).isBetween(180.0, 220.0);
        for (String f : new String[] {"mean", "p50", "p95", "p99"}) {
            assertThat(json.at("/system/latencyMs/" + f).isNumber()).as(f).isTrue();
        }
        var app = json.at("/components/app");
        for (String f : new String[] {"arrivals", "completed", "errors", "utilization", "meanQueueLength"}) {
            assertThat(app.get(f).isNumber()).as(f).isTrue();
        }
        assertThat(app.at("/latencyMs/p99").isNumber()).isTrue();
        assertThat(json.at("/engine/events").asLong()).isPositive();
        assertThat(a.out().replaceAll("\"wallMs\" : \\d+", "")).isEqualTo(b.out().replaceAll("\"wallMs\" : \\d+", ""));
    }

    @Test
    void simulateShowsHowManyKeysAShardJoiningMoved(@TempDir Path dir) throws Exception {
        Path designs = Path.of("..", "assets", "lessons", "data-at-scale", "designs");
        Path scenario = dir.resolve("join.scenario.json");
        Files.writeString(scenario, """
                {"format": "archsim.scenario/1", "durationS": 12, "warmupS": 3, "seed": 1,
                 "load": [{"atS": 0, "multiplier": 1}], "faults": [{"atS": 5, "type": "add-shard", "target": "db-4"}]}
                """);
        Run mod = run("simulate", designs.resolve("consistent-hashing.start.archsim.json").toString(),
                "--scenario", scenario.toString());
        assertThat(mod.exit()).as(mod.err()).isEqualTo(ExitCodes.OK);
        // hash mod 3 → mod 4: three keys in four move, a quarter of all keys onto the new shard
        assertThat(mod.out()).containsPattern("db-1 +shards changed: 74\\.6% of keys moved, 16\\.[0-9]% onto this shard")
                .containsPattern("db-4 +shards changed: 74\\.6% of keys moved, 2[45]\\.[0-9]% onto this shard, 0 copies");
        Run ring = run("simulate", designs.resolve("consistent-hashing.solution.archsim.json").toString(),
                "--scenario", scenario.toString());
        assertThat(ring.out()).containsPattern("db-1 +shards changed: 2[2-8]\\.[0-9]% of keys moved, 0\\.0% onto");
    }

    @Test
    void simulateRefusesAWarmupLongerThanTheRun() {
        Run r = run("simulate", EXAMPLES.resolve("monolith.archsim.json").toString(), "--duration", "10", "--warmup", "20");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--warmup must be ≥ 0 and less than the duration");
    }
}
