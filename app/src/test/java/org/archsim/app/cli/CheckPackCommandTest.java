package org.archsim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-pack}: a broken pack exits 2 with a located error; a missing pack and too few seeds are bad input. */
class CheckPackCommandTest {

    @Test
    void aBrokenPackExits2WithALocatedError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pack.json"), """
                {"format": "archsim.pack/1", "id": "x", "title": "X", "version": "1", "author": "a",
                 "description": "d", "lessons": ["../escape.lesson.json"], "extra": 1}
                """);
        CommandLineTest.Run r = CommandLineTest.run("check-pack", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("pack.json:2:34: lessons[0]: \"../escape.lesson.json\" leaves the pack")
                .contains("pack.json:2:60: extra: unknown field");
    }

    @Test
    void missingPackAndTooFewSeedsAreBadInput(@TempDir Path dir) {
        assertThat(CommandLineTest.run("check-pack", dir.resolve("nope").toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CommandLineTest.run("check-pack", "--seeds", "3", dir.toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
