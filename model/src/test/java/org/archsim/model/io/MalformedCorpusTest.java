package org.archsim.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed input ends in a located {@link FormatException}: never another exception, never a hang. */
class MalformedCorpusTest {

    @TempDir
    Path tmp;

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(MalformedCorpusTest.class.getResource("/malformed").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    /** Reads a file as a design or a scenario (by name) and returns the exception it must throw. */
    static FormatException failure(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                if (file.getFileName().toString().endsWith(".scenario.json")) {
                    ScenarioCodec.read(file);
                } else {
                    DesignCodec.read(file);
                }
            } catch (FormatException e) {
                return e;
            }
            throw new AssertionError(file + " was accepted");
        });
    }

    static void assertLocated(FormatException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isGreaterThanOrEqualTo(1);
            assertThat(p.column()).isGreaterThanOrEqualTo(1);
            assertThat(p.message()).isNotBlank();
            assertThat(p.toString()).startsWith(p.file() + ":" + p.line() + ":" + p.column() + ": ");
        });
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems().stream().map(Object::toString).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusFileFailsWithLocatedProblems(Path file) {
        assertLocated(failure(file));
    }

    private static List<String> lines(String resource) throws Exception {
        Path file = Path.of(MalformedCorpusTest.class.getResource("/malformed/" + resource).toURI());
        return failure(file).problems().stream()
                .map(p -> p.toString().substring(p.file().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void workersZeroIsReportedAtItsValue() throws Exception {
        assertThat(lines("workers-zero.archsim.json"))
                .containsExactly("workers-zero.archsim.json:14:20: components[2].params.workers: must be ≥ 1, was 0");
    }

    @Test
    void truncatedFileStopsAtTheEnd() throws Exception {
        List<String> l = lines("truncated.archsim.json");
        assertThat(l).hasSize(1);
        assertThat(l.get(0)).startsWith("truncated.archsim.json:").contains("ends too early");
    }

    @Test
    void hugeNumbersAreReportedAgainstTheRange() throws Exception {
        assertThat(lines("huge-numbers.archsim.json")).containsExactly(
                "huge-numbers.archsim.json:5:44: components[0].x: is out of range for a number, was 1e400",
                "huge-numbers.archsim.json:5:69: components[0].params.rps: must be ≤ 10000000, was 1e400",
                "huge-numbers.archsim.json:6:60: components[1].params.workers: must be ≤ 100000, was 99999999999999999999",
                "huge-numbers.archsim.json:6:99: components[1].params.queueCapacity: must be ≥ -1, was -99999999999999999999",
                "huge-numbers.archsim.json:7:61: components[2].params.poolSize: must be an integer, was 1.5");
    }

    @Test
    void nanAndInfinityAreSyntaxErrors() throws Exception {
        assertThat(lines("nan.archsim.json")).singleElement().asString().startsWith("nan.archsim.json:2:55: ")
                .contains("NaN and Infinity");
        assertThat(lines("infinity.archsim.json")).singleElement().asString().contains("NaN and Infinity");
    }

    @Test
    void wholeDocumentProblems() throws Exception {
        assertThat(lines("empty.archsim.json")).containsExactly(
                "empty.archsim.json:1:1: the file is empty; expected a JSON object");
        assertThat(lines("top-array.archsim.json")).containsExactly(
                "top-array.archsim.json:1:1: a design file must be a JSON object, was an array");
        assertThat(lines("wrong-format.archsim.json")).containsExactly("wrong-format.archsim.json:1:12: format: must be "
                + "\"archsim.design/1\", was \"archsim.design/2\" (this file was written for another version of ArchSim)");
        assertThat(lines("duplicate-key.archsim.json")).containsExactly(
                "duplicate-key.archsim.json:1:45: name: duplicate field \"name\" (first at line 1, column 32)");
        assertThat(lines("trailing-content.archsim.json")).singleElement().asString()
                .startsWith("trailing-content.archsim.json:1:63: ");
    }

    @Test
    void wrongTypesAreAllReported() throws Exception {
        assertThat(lines("wrong-types.archsim.json")).containsExactly(
                "wrong-types.archsim.json:3:11: name: must be a string, was 42",
                "wrong-types.archsim.json:5:12: components[0].id: must be a string, was 7",
                "wrong-types.archsim.json:5:39: components[0].x: must be a number, was \"80\"",
                "wrong-types.archsim.json:5:50: components[0].y: must be a number, was null",
                "wrong-types.archsim.json:5:78: components[0].params.workers: must be an integer, was \"8\"",
                "wrong-types.archsim.json:5:96: components[0].params.autoscale: must be true or false, was \"yes\"",
                "wrong-types.archsim.json:5:118: components[0].params.serviceDist: must be one of exponential, "
                        + "constant, lognormal, uniform, was 3",
                "wrong-types.archsim.json:6:71: components[1].params.weights.a: must be a number, was \"heavy\"",
                "wrong-types.archsim.json:6:85: components[1].params.weights.b: must be ≥ 0, was -1",
                "wrong-types.archsim.json:7:5: components[2]: a component must be a JSON object, was \"not an object\"",
                "wrong-types.archsim.json:8:44: components[3].params: params must be a JSON object, was an array",
                "wrong-types.archsim.json:10:12: links: must be a JSON array, was an object");
    }

    @Test
    void missingFieldsAreReportedAtTheirObject() throws Exception {
        assertThat(lines("missing-fields.archsim.json")).containsExactly(
                "missing-fields.archsim.json:1:1: format: missing; the first field must be \"format\": \"archsim.design/1\"",
                "missing-fields.archsim.json:4:5: components[0].id: missing",
                "missing-fields.archsim.json:5:5: components[1].kind: missing",
                "missing-fields.archsim.json:8:5: links[0].to: missing");
    }

    // ---- generated inputs (too big or too binary to commit) -----------------------------------------------------

    private FormatException readGenerated(String name, byte[] bytes) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        FormatException e = failure(f);
        assertLocated(e);
        return e;
    }

    @Test
    void deepNestingGivesALocatedErrorNotAStackOverflow() throws IOException {
        String text = "[".repeat(100_000) + "]".repeat(100_000);
        FormatException e = readGenerated("deep.archsim.json", text.getBytes(StandardCharsets.US_ASCII));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("nested too deeply");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isBetween(60, 70);
        });
        String objects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertThatThrownBy(() -> DesignCodec.read("deep-objects", objects)).isInstanceOf(FormatException.class)
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void fiveMegabyteStringIsRefused() throws IOException {
        String text = "{\"format\": \"archsim.design/1\",\n \"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        FormatException e = readGenerated("long-string.archsim.json", text.getBytes(StandardCharsets.US_ASCII));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("longer than");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        readGenerated("garbage.archsim.json", bytes);
        byte[] zeros = new byte[100];
        readGenerated("zeros.archsim.json", zeros);
        byte[] badUtf8 = "{\"format\": \"archsim.design/1\",\n \"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        FormatException e = readGenerated("latin1.archsim.json", badUtf8);
        assertThat(e.problems().get(0).toString()).endsWith("latin1.archsim.json:2:14: not a UTF-8 text file "
                + "(invalid byte 0xe9 at byte offset 44)");
    }

    @Test
    void filesOverSixteenMegabytesAreRefusedBeforeReading() throws IOException {
        byte[] big = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        FormatException e = readGenerated("big.archsim.json", big);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("16 MB");
        });
    }

    @Test
    void manySmallValuesAreCapped() {
        String text = "[" + "0,".repeat(600_000) + "0]";
        assertThatThrownBy(() -> DesignCodec.read("many", text)).isInstanceOf(FormatException.class)
                .hasMessageContaining("too many values");
    }

    @Test
    void everyPrefixOfAValidFileFailsCleanly() throws Exception {
        String text = Files.readString(Path.of(getClass().getResource("/designs/monolith.archsim.json").toURI()));
        for (int cut = 0; cut < text.length() - 2; cut += 7) {
            String prefix = text.substring(0, cut);
            FormatException e = catchThrowableOfType(FormatException.class, () -> DesignCodec.read("prefix", prefix));
            assertThat(e).as("prefix of %d chars", cut).isNotNull();
            assertLocated(e);
        }
    }
}
