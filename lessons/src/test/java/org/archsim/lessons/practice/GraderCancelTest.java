package org.archsim.lessons.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.archsim.lessons.io.PracticeLoader;
import org.junit.jupiter.api.Test;

/** A grading checks its cancel flag every simulated second and stops once it is set. */
class GraderCancelTest {

    @Test
    void stopsSoonAfterTheCancelAndOtherwiseGradesAsBefore() throws Exception {
        PracticeProblem p = PracticeLoader.loadFile(Path.of("..", "assets", "practice", "url-shortener.practice.json"));
        AtomicInteger checks = new AtomicInteger();
        Scorecard whole = Grader.grade(p, p.reference(), null, () -> {
            checks.incrementAndGet();
            return false;
        });
        assertThat(whole).isEqualTo(Grader.grade(p, p.reference(), null));
        // Two runs of 40 simulated seconds: the calm one checks before 1..39 s and its end (40 checks), the one
        // with faults before 0..39 s and its end (41).
        assertThat(checks.get()).isEqualTo(81);

        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> Grader.grade(p, p.reference(), null, () -> asked.incrementAndGet() > 50))
                .isInstanceOf(CancellationException.class);
        assertThat(asked.get()).as("stopped at the first check after the cancel").isEqualTo(51);
    }
}
