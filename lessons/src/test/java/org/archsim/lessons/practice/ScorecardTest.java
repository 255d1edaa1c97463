package org.archsim.lessons.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.archsim.lessons.io.PracticeLoader;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    @Test
    void rowsCarryEvidenceAndTheMarkdownShowsThem() throws Exception {
        PracticeProblem p = PracticeLoader.loadFile(Path.of("..", "assets", "practice", "url-shortener.practice.json"));
        Worksheet w = new Worksheet(1200.0, 3500.0, 0.5, 1.7, 2.0);
        Scorecard card = Grader.grade(p, p.naive(), w);
        assertThat(card.rows()).extracting(ScoreRow::criterion).containsExactly("meets p99 150 ms at peak",
                "survives crash of app-1", "survives crash of replica-1", "available 98% through the run",
                "no single point of failure", "within budget ($3/h)", "estimates within ×2");
        ScoreRow crash = card.rows().get(1);
        assertThat(crash.passed()).isFalse();
        assertThat(crash.evidence()).contains("requests failed", "it first broke between 15 s and 16 s");
        assertThat(card.rows().get(2).evidence()).contains("replica-1 is db here");
        assertThat(card.rows().get(6).passed()).isTrue();
        assertThat(card.estimationScore()).isEqualTo(1.0);
        String md = ScorecardMarkdown.write(card, "```mermaid\nflowchart LR\n```");
        assertThat(md).contains("| survives crash of app-1 | FAIL |", "## Back-of-the-envelope estimates",
                "```mermaid");
        assertThat(card.summary()).startsWith("FAIL url-shortener");
    }
}
