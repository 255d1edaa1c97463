package org.archsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.archsim.lessons.check.CheckTable;
import org.archsim.lessons.check.LessonCheck;
import org.archsim.lessons.check.PackChecker;
import org.archsim.lessons.io.PackLoader;
import org.junit.jupiter.api.Test;

/** CI's pack check: every bundled pack loads and every lesson holds over 10 seeds; at least 15 lessons ship. */
class BundledPacksTest {

    static final Path BUNDLED = Path.of("..", "assets", "lessons");

    @Test
    void everyBundledPackPassesItsChecks() throws Exception {
        List<Path> packs;
        try (Stream<Path> s = Files.list(BUNDLED)) {
            packs = s.filter(p -> Files.exists(p.resolve("pack.json"))).sorted().toList();
        }
        assertThat(packs).isNotEmpty();
        int lessons = 0;
        for (Path p : packs) {
            LessonPack pack = PackLoader.load(p);
            List<LessonCheck> checks = new PackChecker(10, 2).check(pack, x -> { });
            assertThat(checks).as(CheckTable.format(checks)).allMatch(LessonCheck::passed);
            lessons += checks.size();
            pack.lessons().forEach(l -> assertThat(l.concepts()).isNotEmpty());
            pack.lessons().forEach(l -> assertThat(l.hints()).hasSizeBetween(2, 3));
        }
        assertThat(lessons).isGreaterThanOrEqualTo(15);
    }
}
