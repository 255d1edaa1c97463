package org.archsim.app.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.archsim.app.practice.InterviewRun.State;
import org.archsim.lessons.practice.PracticeProblem;
import org.archsim.lessons.practice.Scorecard;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;

/**
 * A session grading for real (on the calling thread): the URL shortener's reference design passes with a good
 * worksheet, its naive design fails, and the scorecard view's lines say so with their evidence.
 */
class PracticeSessionTest {

    private long now;
    private final PracticeSession session = new PracticeSession(Runnable::run, Runnable::run, () -> now);

    private static PracticeProblem problem() throws Exception {
        return BundledProblems.byId("url-shortener").orElseThrow();
    }

    @Test
    void theEightProblemsComeFromTheClassPath() throws Exception {
        assertThat(BundledProblems.all()).hasSize(8);
        assertThat(ProblemPickerDialog.oneLine(problem().brief())).isEqualTo("Design a service that turns long "
                + "links into short ones and sends visitors who open a short link on to the long one.");
        assertThat(ProblemPickerDialog.oneLine(" Is it? Yes. ")).isEqualTo("Is it?");
        assertThat(ProblemPickerDialog.oneLine("No stop")).isEqualTo("No stop");
    }

    @Test
    void referencePassesWithEveryLineMarked() throws Exception {
        PracticeProblem p = problem();
        session.start(p);
        assertThat(session.timer().runningProperty().get()).isTrue();
        // 1e8 users × 1 request = 1157 rps average, ×3 = 3472 at peak; 0.5 GB a day; 1.7 MB/s; 2 servers.
        session.worksheet().text("averageRps").set("1200");
        session.worksheet().text("peakRps").set("3500");
        session.worksheet().text("storagePerDayGb").set("0.5");
        session.worksheet().text("egressMBps").set("1.7");
        session.worksheet().text("servers").set("2");
        assertThat(session.runInterview(p.reference())).isTrue();
        assertThat(session.run().stateProperty().get()).isEqualTo(State.DONE);
        Scorecard card = session.run().scorecardProperty().get();
        assertThat(ScorecardLines.verdict(card)).isEqualTo("✓ Passed — 7 of 7 criteria met");
        List<ScorecardLines.Line> rows = ScorecardLines.rows(card);
        assertThat(rows).extracting(ScorecardLines.Line::criterion).containsExactly("meets p99 150 ms at peak",
                "survives crash of app-1", "survives crash of replica-1", "available 98% through the run",
                "no single point of failure", "within budget ($3/h)", "estimates within ×2");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.mark()).isEqualTo("✓");
            assertThat(r.evidence()).isNotBlank();
        });
        assertThat(ScorecardLines.estimates(card)).hasSize(5).allMatch(ScorecardLines.Line::passed);
        assertThat(session.gradedDesign().sameContent(p.reference())).isTrue();
    }

    @Test
    void naiveFailsOnASinglePointOfFailure() throws Exception {
        PracticeProblem p = problem();
        session.start(p);
        assertThat(session.runInterview(p.naive())).isTrue();
        Scorecard card = session.run().scorecardProperty().get();
        assertThat(ScorecardLines.verdict(card)).startsWith("✗ Not passed — ");
        assertThat(ScorecardLines.rows(card)).hasSize(6)
                .filteredOn(r -> r.criterion().equals("no single point of failure")).singleElement()
                .satisfies(r -> assertThat(r.mark()).isEqualTo("✗"));
        assertThat(ScorecardLines.estimates(card)).as("a blank worksheet is left out").isEmpty();
    }

    @Test
    void aBadWorksheetStopsTheRunBeforeItStarts() throws Exception {
        session.start(problem());
        session.worksheet().text("servers").set("two");
        assertThat(session.runInterview(new Design("empty"))).isFalse();
        assertThat(session.run().stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(session.worksheet().errorProperty().get()).isEqualTo("Servers: \"two\" is not a number");
    }

    @Test
    void closingEndsTheSession() throws Exception {
        session.start(problem());
        session.close();
        assertThat(session.problemProperty().get()).isNull();
        assertThat(session.timer().runningProperty().get()).isFalse();
        assertThat(session.runInterview(new Design("empty"))).isFalse();
    }
}
