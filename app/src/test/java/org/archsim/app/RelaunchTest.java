package org.archsim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which launches hand the window over to a quick-start JVM, and that JVM's command. */
class RelaunchTest {

    @TempDir
    Path dir;

    @Test
    void plainJarLaunchWithSystemPropertiesQualifies() throws IOException {
        Path jar = Files.createFile(dir.resolve("archsim.jar"));
        assertThat(Relaunch.plainForm(List.of("-jar", jar.toString(), "design.archsim.json"), jar)).contains(List.of());
        assertThat(Relaunch.plainForm(List.of("-Darchsim.theme=dark", "-Dx=1", "-jar", jar.toString()), jar))
                .contains(List.of("-Darchsim.theme=dark", "-Dx=1"));
    }

    @Test
    void anyOtherJvmOptionOrAnotherJarKeepsTheWindowInThisJvm() throws IOException {
        Path jar = Files.createFile(dir.resolve("archsim.jar"));
        Path other = Files.createFile(dir.resolve("other.jar"));
        // A debugger agent would try to open its port twice; heap sizes and profilers are the user's choice.
        assertThat(Relaunch.plainForm(List.of("-agentlib:jdwp=transport=dt_socket", "-jar", jar.toString()), jar))
                .isEmpty();
        assertThat(Relaunch.plainForm(List.of("-Xmx2g", "-jar", jar.toString()), jar)).isEmpty();
        assertThat(Relaunch.plainForm(List.of("-jar", other.toString()), jar)).isEmpty();
        assertThat(Relaunch.plainForm(List.of("-cp", jar.toString(), "org.archsim.app.Main"), jar)).isEmpty();
        assertThat(Relaunch.plainForm(List.of("-jar"), jar)).isEmpty();
    }

    @Test
    void firstLaunchRecordsTheArchiveLaterOnesUseIt() {
        Path java = Path.of("/jdk/bin/java");
        Path jar = Path.of("/apps/archsim.jar");
        Path archive = Path.of("/cache/archsim-1.jsa");
        List<String> recording = Relaunch.childCommand(java, List.of("-Dx=1"), archive, true, jar, List.of("d.json"));
        assertThat(recording).startsWith("/jdk/bin/java", "-Dx=1", "-Darchsim.relaunch=false",
                "-XX:ArchiveClassesAtExit=/cache/archsim-1.jsa").endsWith("-jar", "/apps/archsim.jar", "d.json")
                .containsAll(Relaunch.JIT).doesNotContain("-XX:SharedArchiveFile=/cache/archsim-1.jsa");
        List<String> using = Relaunch.childCommand(java, List.of(), archive, false, jar, List.of());
        assertThat(using).contains("-XX:SharedArchiveFile=/cache/archsim-1.jsa", "-Xshare:auto")
                .doesNotContain("-XX:ArchiveClassesAtExit=/cache/archsim-1.jsa").endsWith("-jar", "/apps/archsim.jar");
    }

    @Test
    void archiveNameFollowsItsKeyAndMatchesTheCleanUpPattern() {
        String a = Relaunch.archiveName("/apps/archsim.jar|100|1");
        assertThat(a).isEqualTo(Relaunch.archiveName("/apps/archsim.jar|100|1")).startsWith(Relaunch.ARCHIVE_PREFIX)
                .endsWith(".jsa").isNotEqualTo(Relaunch.archiveName("/apps/archsim.jar|100|2"));
        // scripts/archsim keeps its own archive in the same folder: the clean-up must not take it for a stale one.
        assertThat("archsim-app.jsa").doesNotStartWith(Relaunch.ARCHIVE_PREFIX);
    }

    @Test
    void onlyHotSpotJvmsQualify() {
        assertThat(Relaunch.hotSpot("OpenJDK 64-Bit Server VM")).isTrue();
        assertThat(Relaunch.hotSpot("Java HotSpot(TM) 64-Bit Server VM")).isTrue();
        assertThat(Relaunch.hotSpot("Eclipse OpenJ9 VM")).isFalse();
    }
}
