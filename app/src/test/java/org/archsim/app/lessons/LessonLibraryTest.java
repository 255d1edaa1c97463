package org.archsim.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.archsim.lessons.session.LessonProgress;
import org.archsim.model.io.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's model: bundled and opened packs, completion marks, progress saved, exported and imported. */
class LessonLibraryTest {

    @TempDir
    Path data;
    @TempDir
    Path other;

    private LessonLibrary library() {
        LessonLibrary l = new LessonLibrary(data, BundledPacks::load);
        l.reload();
        return l;
    }

    @Test
    void rowsListPacksThenTheirLessonsWithCompletionMarks() throws IOException {
        LessonLibrary l = library();
        assertThat(l.entries()).extracting(e -> e.pack().id()).contains("monolith-to-microservices", "staying-up");
        assertThat(l.entries()).allMatch(LessonLibrary.Entry::bundled);
        int lessons = l.pack("monolith-to-microservices").orElseThrow().lessons().size();
        l.save("monolith-to-microservices", new LessonProgress("one-server", true, 1, null, 3));
        LessonLibrary.Row head = l.rows().get(0);
        assertThat(head.isPack()).isTrue();
        assertThat(head.text()).isEqualTo("From a monolith to microservices — 1 of " + lessons + " done");
        assertThat(l.rows().get(1).text()).isEqualTo("✓ 1. One server, one bad day");
        assertThat(l.rows().get(2).text()).startsWith("○ 2. ");
        assertThat(l.rows()).hasSize(l.entries().stream().mapToInt(e -> e.pack().lessons().size() + 1).sum());
    }

    @Test
    void progressSurvivesARestartAndRoundTripsThroughExportAndImport() throws IOException {
        LessonLibrary l = library();
        l.save("staying-up", new LessonProgress("timeouts", true, 2, 1, 4));
        assertThat(library().progress("staying-up").of("timeouts")).isEqualTo(
                new LessonProgress("timeouts", true, 2, 1, 4));
        Path file = other.resolve("mine.json");
        l.exportProgress("staying-up", file);
        l.save("staying-up", new LessonProgress("timeouts", false, 0, null, 0));
        assertThat(l.importProgress(file).completedCount()).isEqualTo(1);
        assertThat(l.progress("staying-up").of("timeouts").completed()).isTrue();

        Files.writeString(file, Files.readString(file).replace("\"staying-up\"", "\"not-open\""));
        assertThatThrownBy(() -> l.importProgress(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not-open").hasMessageContaining("open the pack first");
    }

    @Test
    void aPackOpenedFromDiskIsListedAndRememberedAndABrokenOneIsLocated() throws Exception {
        Path src = Path.of(System.getProperty("archsim.repo", ".."), "assets", "lessons", "staying-up");
        Path copy = other.resolve("my-pack");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path to = copy.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path packJson = copy.resolve("pack.json");
        Files.writeString(packJson, Files.readString(packJson).replace("\"staying-up\"", "\"my-pack\""));
        LessonLibrary l = library();
        l.open(copy);
        assertThat(library().entries()).filteredOn(e -> !e.bundled()).singleElement()
                .satisfies(e -> assertThat(e.origin()).isEqualTo(copy.toAbsolutePath().normalize()))
                .satisfies(e -> assertThat(e.pack().id()).isEqualTo("my-pack"));
        assertThat(l.rows()).anyMatch(r -> r.isPack() && r.text().endsWith("(opened from my-pack)"));

        Files.writeString(packJson, "{\"format\": \"archsim.pack/1\", \"id\": 7}");
        assertThatThrownBy(() -> l.open(copy)).isInstanceOf(FormatException.class)
                .hasMessageContaining("pack.json");
        assertThat(library().failures()).singleElement().asString().contains("my-pack");
    }
}
