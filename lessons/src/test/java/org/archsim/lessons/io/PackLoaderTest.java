package org.archsim.lessons.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.session.LessonSession;
import org.archsim.lessons.session.PackProgress;
import org.archsim.lessons.session.ProgressStore;
import org.archsim.model.io.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken packs get located errors; path escapes and zip-slip are refused; progress round-trips. */
class PackLoaderTest {

    static final Path PACK = Path.of("..", "assets", "lessons", "monolith-to-microservices");

    static Path copy(Path dir) throws Exception {
        Path to = dir.resolve("p");
        try (var s = Files.walk(PACK)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(PACK.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    static String errors(Path p) {
        try {
            PackLoader.load(p);
            return "";
        } catch (FormatException e) {
            return e.getMessage();
        } catch (Exception e) {
            return e.toString();
        }
    }

    static void edit(Path f, String from, String to) throws Exception {
        String s = Files.readString(f);
        assertThat(s).contains(from);
        Files.writeString(f, s.replace(from, to));
    }

    @Test
    void brokenPacksGetLocatedErrors(@TempDir Path dir) throws Exception {
        Path p = copy(dir);
        Path lesson = p.resolve("lessons/one-server.lesson.json");
        edit(lesson, "\"title\"", "\"titel\"");
        assertThat(errors(p)).contains("one-server.lesson.json:4:3: titel: unknown field").contains("title: missing");
        p = copy(dir.resolve("b"));
        edit(p.resolve("pack.json"), "\"lessons\": [", "\"lessons\": [\"../x.lesson.json\", ");
        assertThat(errors(p)).contains("pack.json:").contains("lessons[0]: \"../x.lesson.json\" leaves the pack");
        p = copy(dir.resolve("c"));
        edit(p.resolve("lessons/scale-out.lesson.json"), "\"designs/scale-out.start.archsim.json\"", "\"/etc/passwd\"");
        assertThat(errors(p)).contains("start: \"/etc/passwd\" is an absolute path");
        p = copy(dir.resolve("d"));
        edit(p.resolve("lessons/scale-out.lesson.json"), "designs/scale-out.start.archsim.json", "designs/none.json");
        assertThat(errors(p)).contains("start: cannot use \"designs/none.json\": no such file in the pack");
        p = copy(dir.resolve("e"));
        Files.writeString(p.resolve("pack.json"), "{\"format\": \"archsim.pack/1\",");
        assertThat(errors(p)).contains("pack.json:1:").contains("invalid JSON");
        p = copy(dir.resolve("f"));
        edit(p.resolve("lessons/scale-out.lesson.json"), "\"maxMs\": 200", "\"maxMs\": -3");
        assertThat(errors(p)).contains("goals[1].maxMs: must be between 0 and 3600000, was -3");
        p = copy(dir.resolve("g"));
        Files.write(p.resolve("designs/scale-out.start.archsim.json"), new byte[2 * 1024 * 1024]);
        assertThat(errors(p)).contains("start: cannot use").contains("the cap for a pack file");
        p = copy(dir.resolve("h"));
        edit(p.resolve("lessons/scale-out.lesson.json"), "\"removeConcept\": [", "\"removeConcept\": [{\"removePart\": \"nope\"}, ");
        assertThat(errors(p)).contains("removeConcept[0].removePart: the solution has no part \"nope\"");
    }

    @Test
    void aZipPackLoadsAndAZipSlipEntryIsRefused(@TempDir Path dir) throws Exception {
        Path p = copy(dir);
        Path zip = dir.resolve("pack.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)); var s = Files.walk(p)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                z.putNextEntry(new ZipEntry(p.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
            }
        }
        assertThat(PackLoader.load(zip).lessons()).hasSize(10);
        Path evil = dir.resolve("evil.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(evil))) {
            z.putNextEntry(new ZipEntry("../../evil.txt"));
            z.write(1);
        }
        assertThatThrownBy(() -> PackLoader.load(evil)).isInstanceOf(FormatException.class)
                .hasMessageContaining("unsafe zip entry, the pack is refused");
    }

    @Test
    void sessionProgressRoundTrips(@TempDir Path dir) throws Exception {
        LessonPack pack = PackLoader.load(PACK);
        LessonSession s = new LessonSession(pack.lessons().get(0), pack.lessons().get(0).id().equals("one-server")
                ? org.archsim.lessons.session.LessonProgress.fresh("one-server") : null);
        assertThat(s.awaitsPrediction()).isTrue();
        s.predict(2);
        assertThat(s.revealNextHint()).isPresent();
        assertThat(s.check(s.lesson().start()).stream().allMatch(r -> r.passed())).isFalse();
        assertThat(s.completed()).isFalse();
        s.check(s.solution());
        assertThat(s.completed()).isTrue();
        assertThat(s.predictionRight()).contains(true);
        ProgressStore store = new ProgressStore(dir);
        store.save(new PackProgress(pack.id(), java.util.Map.of()).with(s.progress()));
        PackProgress back = store.load(pack.id());
        assertThat(back.of("one-server")).isEqualTo(s.progress());
        Path out = dir.resolve("export.json");
        ProgressStore.exportTo(back, out);
        assertThat(ProgressStore.importFrom(out)).isEqualTo(back);
    }
}
