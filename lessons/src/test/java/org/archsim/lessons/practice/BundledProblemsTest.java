package org.archsim.lessons.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.archsim.lessons.io.PracticeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every bundled problem is fair: its reference design passes and its naive design fails. */
class BundledProblemsTest {

    static List<PracticeProblem> problems;

    @BeforeAll
    static void load() throws Exception {
        problems = PracticeLoader.loadFolder(Path.of("..", "assets", "practice"));
    }

    @Test
    void theEightProblemsAreBundled() {
        assertThat(problems).extracting(PracticeProblem::id).containsExactlyInAnyOrder("url-shortener", "news-feed",
                "chat", "video-streaming", "rate-limiter", "distributed-cache", "payments", "notifications");
    }

    @Test
    void referencePassesAndNaiveFailsForEveryProblem() {
        for (PracticeProblem p : problems) {
            Scorecard ref = Grader.grade(p, p.reference(), null);
            assertThat(ref.passed()).as(p.id() + " reference: " + ref.rows()).isTrue();
            assertThat(ref.rows()).hasSize(4 + p.scenario().faults().size());
            Scorecard naive = Grader.grade(p, p.naive(), null);
            assertThat(naive.passed()).as(p.id() + " naive").isFalse();
            assertThat(naive.rows()).filteredOn(r -> r.criterion().equals("no single point of failure"))
                    .singleElement().satisfies(r -> assertThat(r.passed()).isFalse());
        }
    }
}
