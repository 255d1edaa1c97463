package org.archsim.lessons.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.archsim.lessons.io.PracticeLoader;
import org.archsim.model.io.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderErrorsTest {

    @TempDir
    Path dir;

    @Test
    void problemsAreLocatedByFileLineAndField() throws Exception {
        Path src = Path.of("..", "assets", "practice");
        Files.createDirectories(dir.resolve("designs"));
        for (String k : new String[] {"reference", "naive"}) {
            Files.copy(src.resolve("designs/chat." + k + ".archsim.json"), dir.resolve("designs/chat." + k
                    + ".archsim.json"));
        }
        String text = Files.readString(src.resolve("chat.practice.json"))
                .replace("\"peakFactor\": 2", "\"peakFactor\": \"two\"")
                .replace("\"title\": \"Chat\"", "\"title\": \"Chat\", \"colour\": 1")
                .replace("\"target\": \"app-3\"", "\"target\": \"app-9\"")
                .replace("designs/chat.naive.archsim.json", "../outside.archsim.json");
        Files.writeString(dir.resolve("chat.practice.json"), text);
        FormatException e = catchThrowableOfType(FormatException.class, () -> PracticeLoader.loadFolder(dir));
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("numbers.peakFactor");
            assertThat(p.message()).contains("must be a number");
            assertThat(p.line()).isGreaterThan(1);
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("colour"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("app-9"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("naive"));
    }
}
