package org.archsim.lessons.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.check.LessonCheck;
import org.archsim.lessons.check.PackChecker;
import org.archsim.model.io.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented example pack loads and checks itself, and the loader's safety limits hold: symbolic links that leave
 * the pack, the number of files read, the bytes read in all, and a zip's entry count and unpacked size.
 */
class PackLimitsTest {

    static final Path TINY = Path.of("src", "test", "resources", "tiny-pack");
    static final String LESSON = "lessons/two-servers.lesson.json";

    /** A copy of the tiny pack under {@code dir}. */
    static Path tiny(Path dir) throws Exception {
        Path to = dir.resolve("tiny");
        try (var s = Files.walk(TINY)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(TINY.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    /** Rewrites pack.json to list {@code n} copies of the lesson (ids two-servers-0 ...). */
    static void lessons(Path pack, int n) throws Exception {
        String lesson = Files.readString(pack.resolve(LESSON));
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Files.writeString(pack.resolve("lessons/l" + i + ".lesson.json"),
                    lesson.replace("\"id\": \"two-servers\"", "\"id\": \"two-servers-" + i + "\""));
            refs.add("\"lessons/l" + i + ".lesson.json\"");
        }
        String p = Files.readString(pack.resolve("pack.json"));
        Files.writeString(pack.resolve("pack.json"),
                p.replace("[\"" + LESSON + "\"]", "[" + String.join(", ", refs) + "]"));
    }

    @Test
    void theDocumentedExampleLoadsAndChecksItself() throws Exception {
        LessonPack pack = PackLoader.load(TINY);
        assertThat(pack.lessons()).hasSize(1);
        List<LessonCheck> checks = new PackChecker(10, 2).check(pack, p -> { });
        assertThat(checks).allMatch(LessonCheck::passed);
        String doc = Files.readString(Path.of("..", "docs", "lesson-packs.md"), StandardCharsets.UTF_8);
        for (String f : List.of("pack.json", LESSON, "designs/two-servers.start.archsim.json")) {
            assertThat(doc).as("docs/lesson-packs.md shows " + f).contains(Files.readString(TINY.resolve(f)).strip());
        }
    }

    @Test
    void aSymbolicLinkOutOfThePackIsRefusedOneInsideIsFollowed(@TempDir Path dir) throws Exception {
        Path p = tiny(dir);
        Path start = p.resolve("designs/two-servers.start.archsim.json");
        Path outside = Files.copy(start, dir.resolve("outside.archsim.json"));
        Files.delete(start);
        Files.createSymbolicLink(start, outside);
        assertThatThrownBy(() -> PackLoader.load(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining("two-servers.start.archsim.json")
                .hasMessageContaining("outside the pack; packs must be self-contained");

        Path q = tiny(dir.resolve("q"));
        Path folder = q.resolve("designs");
        Path away = Files.createDirectories(dir.resolve("away"));
        Files.move(folder, away.resolve("designs"));
        Files.createSymbolicLink(folder, away.resolve("designs"));
        assertThatThrownBy(() -> PackLoader.load(q)).hasMessageContaining("outside the pack");

        Path r = tiny(dir.resolve("r"));
        Path inside = r.resolve("designs/two-servers.start.archsim.json");
        Files.move(inside, r.resolve("designs/copy.archsim.json"));
        Files.createSymbolicLink(inside, Path.of("copy.archsim.json"));
        assertThat(PackLoader.load(r).lessons()).hasSize(1);
    }

    @Test
    void theLargestPackTheLessonCapAllowsStaysWithinTheFileCap(@TempDir Path dir) throws Exception {
        // pack.json + 100 lessons × (lesson, intro, start, solution, scenario file) = 501 reads: exactly the file cap
        assertThat(PackFiles.MAX_FILES).isEqualTo(1 + PackLoader.MAX_LESSONS * PackFiles.FILES_PER_LESSON)
                .isEqualTo(501);
        Path full = tiny(dir.resolve("full"));
        withScenarioFile(full);
        lessons(full, PackLoader.MAX_LESSONS);
        assertThat(PackLoader.load(full).lessons()).hasSize(100);
        Path over = tiny(dir.resolve("over"));
        lessons(over, PackLoader.MAX_LESSONS + 1); // refused by the lesson cap, with its location
        assertThatThrownBy(() -> PackLoader.load(over)).isInstanceOf(FormatException.class)
                .hasMessageContaining("pack.json:").hasMessageContaining("lessons");
    }

    /** Moves the tiny lesson's inline scenario to its own file, so each lesson reads five files. */
    static void withScenarioFile(Path pack) throws Exception {
        Path lesson = pack.resolve(LESSON);
        String text = Files.readString(lesson);
        int from = text.indexOf('{', text.indexOf("\"scenario\":"));
        int to = from;
        for (int depth = 0; ; to++) { // the matching brace (the scenario holds no braces inside strings)
            depth += text.charAt(to) == '{' ? 1 : text.charAt(to) == '}' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        Files.writeString(pack.resolve("lessons/crash.scenario.json"), text.substring(from, to + 1));
        Files.writeString(lesson, text.substring(0, from) + "\"lessons/crash.scenario.json\"" + text.substring(to + 1));
    }

    @Test
    void theTotalSizeCapStopsAPackOfManyLargeFiles(@TempDir Path dir) throws Exception {
        Path p = tiny(dir);
        Path start = p.resolve("designs/two-servers.start.archsim.json");
        String design = Files.readString(start);
        // Just under the per-file cap: the design followed by blanks, still valid JSON.
        Files.writeString(start, design + " ".repeat(PackFiles.MAX_FILE_BYTES - design.length() - 16));
        assertThat(PackLoader.load(p).lessons()).hasSize(1);
        lessons(p, 17); // 17 reads of ~1 MB > 16 MB
        assertThatThrownBy(() -> PackLoader.load(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining("the pack's files add up to more than " + PackFiles.MAX_TOTAL_BYTES + " bytes");
    }

    @Test
    void aZipWithTooManyEntriesOrTooManyBytesIsRefused(@TempDir Path dir) throws Exception {
        Path many = dir.resolve("many.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i <= PackFiles.MAX_ZIP_ENTRIES; i++) {
                z.putNextEntry(new ZipEntry("f" + i + ".md"));
                z.write('x');
            }
        }
        assertThatThrownBy(() -> PackLoader.load(many)).isInstanceOf(FormatException.class)
                .hasMessageContaining("the zip holds more than " + PackFiles.MAX_ZIP_ENTRIES + " entries");
        Path big = dir.resolve("big.zip");
        byte[] mb = new byte[PackFiles.MAX_FILE_BYTES];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(big))) {
            for (int i = 0; i < 17; i++) { // compresses to almost nothing, unpacks to 17 MB
                z.putNextEntry(new ZipEntry("f" + i + ".md"));
                z.write(mb);
            }
        }
        assertThatThrownBy(() -> PackLoader.load(big)).isInstanceOf(FormatException.class)
                .hasMessageContaining("the zip unpacks to more than " + PackFiles.MAX_TOTAL_BYTES + " bytes");
    }
}
