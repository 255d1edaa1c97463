package org.archsim.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.archsim.app.palette.PaletteViewModel;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.session.LessonProgress;
import org.archsim.model.Catalog;
import org.archsim.model.ComponentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lesson flow without a window: checks run on the calling thread, progress is collected. */
class LessonPlayerModelTest {

    static LessonPack pack;
    static Lesson lesson;

    @BeforeAll
    static void load() {
        BundledPacks.Result r = BundledPacks.load();
        assertThat(r.failures()).isEmpty();
        pack = r.packs().stream().filter(p -> p.id().equals("monolith-to-microservices")).findFirst().orElseThrow();
        lesson = pack.lesson("one-server").orElseThrow();
    }

    private final List<LessonProgress> saved = new ArrayList<>();
    private final LessonPlayerModel model = new LessonPlayerModel(Runnable::run, Runnable::run, saved::add);

    @Test
    void failThenHintsThenSolutionPasses() {
        model.open(pack, lesson, LessonProgress.fresh(lesson.id()));
        assertThat(model.goals()).hasSize(lesson.goals().size())
                .allMatch(g -> g.state() == GoalRow.State.NOT_RUN && g.message().isEmpty());

        // The predict-first question holds the run back until it is answered.
        assertThat(model.awaitsPredictionProperty().get()).isTrue();
        assertThat(model.runCheck(lesson.start())).isFalse();
        assertThat(model.statusProperty().get()).contains("Answer the question first");
        model.predict(0);                              // wrong: the right answer is "nearly all"
        assertThat(model.awaitsPredictionProperty().get()).isFalse();

        assertThat(model.runCheck(lesson.start())).isTrue();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.goals()).anyMatch(g -> g.state() == GoalRow.State.FAILED && !g.message().isEmpty());
        assertThat(model.completedProperty().get()).isFalse();
        assertThat(model.predictionFeedbackProperty().get()).startsWith("Your prediction was not right")
                .contains(lesson.predict().explanation());

        int total = lesson.hints().size();
        assertThat(model.hintsLeftProperty().get()).isEqualTo(total);
        model.revealHint();
        model.revealHint();
        assertThat(model.hints()).containsExactly(lesson.hints().get(0), lesson.hints().get(1));
        assertThat(model.hintsLeftProperty().get()).isEqualTo(total - 2);

        model.runCheck(model.solution().orElseThrow());
        assertThat(model.goals()).allMatch(g -> g.state() == GoalRow.State.PASSED);
        assertThat(model.completedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Every goal is met — lesson complete.");

        LessonProgress last = saved.get(saved.size() - 1);
        assertThat(last).isEqualTo(new LessonProgress("one-server", true, 2, 0, 2));
        assertThat(model.nextLesson()).map(Lesson::id).contains(pack.lessons().get(1).id());
    }

    @Test
    void reopeningResumesHintsAndAResultFromAnOldLessonIsDropped() {
        List<Runnable> pending = new ArrayList<>();
        LessonPlayerModel later = new LessonPlayerModel(Runnable::run, pending::add, saved::add);
        later.open(pack, lesson, new LessonProgress("one-server", false, 1, 2, 0));
        assertThat(later.hints()).containsExactly(lesson.hints().get(0));
        assertThat(later.awaitsPredictionProperty().get()).isFalse();
        assertThat(later.runCheck(lesson.start())).isTrue();
        assertThat(later.runningProperty().get()).isTrue();
        assertThat(later.runCheck(lesson.start())).as("one run at a time").isFalse();
        Lesson other = pack.lessons().get(1);
        later.open(pack, other, LessonProgress.fresh(other.id()));
        pending.forEach(Runnable::run);
        assertThat(later.goals()).allMatch(g -> g.state() == GoalRow.State.NOT_RUN);
    }

    @Test
    void reopeningRestoresTheChosenPredictionAndItsVerdict() {
        model.open(pack, lesson, LessonProgress.fresh(lesson.id()));
        assertThat(model.predictionProperty().get()).isNull();
        model.predict(2);
        assertThat(model.predictionProperty().get()).isEqualTo(2);
        model.close();
        assertThat(model.predictionProperty().get()).isNull();

        // Answered in an earlier visit but not run yet: the choice is back, no verdict yet.
        LessonPlayerModel again = new LessonPlayerModel(Runnable::run, Runnable::run, saved::add);
        again.open(pack, lesson, new LessonProgress(lesson.id(), false, 0, 2, 0));
        assertThat(again.predictionProperty().get()).isEqualTo(2);
        assertThat(again.awaitsPredictionProperty().get()).isFalse();
        assertThat(again.predictionFeedbackProperty().get()).isEmpty();

        // Answered and run before: the choice and the verdict on it both come back.
        int right = lesson.predict().answer();
        again.open(pack, lesson, new LessonProgress(lesson.id(), false, 0, right, 3));
        assertThat(again.predictionProperty().get()).isEqualTo(right);
        assertThat(again.predictionFeedbackProperty().get()).isEqualTo("Your prediction was right. "
                + lesson.predict().explanation());
        again.predict((right + 1) % lesson.predict().choices().size()); // a later answer does not count
        assertThat(again.predictionProperty().get()).isEqualTo(right);
    }

    @Test
    void theCommandPalettesAddPartEntriesFollowTheLesson() {
        PaletteViewModel palette = new PaletteViewModel(Catalog.standard().kinds());
        List<ComponentKind> added = new ArrayList<>();
        assertThat(org.archsim.app.actions.CommandPaletteViewModel.addPartEntries(palette, added::add))
                .hasSize(Catalog.standard().kinds().size());
        palette.allowedKindsProperty().set(Set.copyOf(lesson.allowedKinds()));
        palette.filterProperty().set("data"); // the palette's search text does not narrow the command palette
        var entries = org.archsim.app.actions.CommandPaletteViewModel.addPartEntries(palette, added::add);
        assertThat(entries).hasSize(lesson.allowedKinds().size()).allMatch(e -> e.title().startsWith("Add part: "));
        entries.forEach(e -> e.run().run());
        assertThat(added).extracting(ComponentKind::id).containsExactlyInAnyOrderElementsOf(lesson.allowedKinds());
        assertThat(entries).extracting(e -> e.title()).doesNotContain("Add part: Cache");
        palette.allowedKindsProperty().set(null);
        assertThat(palette.offeredKinds()).hasSize(Catalog.standard().kinds().size());
    }

    @Test
    void thePaletteOffersOnlyTheLessonsKinds() {
        PaletteViewModel palette = new PaletteViewModel(Catalog.standard().kinds());
        int all = palette.visibleKinds().size();
        palette.allowedKindsProperty().set(Set.copyOf(lesson.allowedKinds()));
        assertThat(palette.visibleKinds()).extracting(ComponentKind::id)
                .containsExactlyInAnyOrderElementsOf(lesson.allowedKinds());
        palette.filterProperty().set("data");
        assertThat(palette.visibleKinds()).extracting(ComponentKind::id).containsExactly("database");
        palette.filterProperty().set("");
        palette.allowedKindsProperty().set(null);
        assertThat(palette.visibleKinds()).hasSize(all).hasSizeGreaterThan(lesson.allowedKinds().size());
    }

    @Test
    void pathIsIrrelevantForAClosedPlayer() {
        model.open(pack, lesson, LessonProgress.fresh(lesson.id()));
        model.close();
        assertThat(model.lessonProperty().get()).isNull();
        assertThat(model.runCheck(lesson.start())).isFalse();
        assertThat(model.solution()).isEmpty();
        assertThat(Path.of(".")).isNotNull();
    }
}
