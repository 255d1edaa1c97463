package org.archsim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.lessons.LessonController;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.settings.Theme;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.app.shell.Snapshot;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.LessonPack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A learner opens a lesson, fails it with the start design, loads the solution and passes it — in the window. */
@ExtendWith(ApplicationExtension.class)
class LessonUiTest {

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private AppSettings settings;
    private MainWindow window;

    private String dataDir;

    @Start
    void start(Stage stage) throws java.io.IOException {
        // A fresh data folder, so progress saved by an earlier run cannot skip the predict-first step.
        dataDir = System.getProperty("archsim.dataDir");
        System.setProperty("archsim.dataDir", java.nio.file.Files.createTempDirectory("lesson-ui").toString());
        settings = new AppSettings(prefs);
        window = new AppWindows(settings, ClipboardPort.inMemory()).open(stage, null);
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
        if (dataDir != null) {
            System.setProperty("archsim.dataDir", dataDir);
        }
    }

    private Label goal(FxRobot robot, int i) {
        return robot.lookup("#lesson-goal-" + i).queryAs(Label.class);
    }

    private void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openFailApplySolutionPass(FxRobot robot) throws Exception {
        LessonController lessons = window.lessons();
        LessonPack pack = lessons.library().pack("monolith-to-microservices").orElseThrow();
        Lesson lesson = pack.lesson("one-server").orElseThrow();
        robot.interact(() -> assertThat(lessons.open(pack, lesson)).isTrue());
        waitUntil("panel", () -> robot.lookup("#lesson-run").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).isEqualTo(lesson.title());
        assertThat(window.editor().design().components()).hasSize(lesson.start().components().size());
        assertThat(robot.lookup("#palette-cache").tryQuery()).as("the lesson does not offer caches").isEmpty();
        assertThat(robot.lookup("#palette-database").tryQuery()).isPresent();

        // Predict first, then run the start design: a goal fails, with a sentence saying by how much.
        press(robot, "#lesson-choice-2");
        press(robot, "#lesson-predict");
        assertThat(lessons.player().awaitsPredictionProperty().get()).isFalse();
        press(robot, "#lesson-run");
        waitUntil("first run", () -> !lessons.player().runningProperty().get()
                && lessons.player().goals().stream().anyMatch(g -> g.message().length() > 0));
        assertThat(goal(robot, 0).getText()).startsWith("✗");
        assertThat(lessons.player().goals().get(0).message()).isNotBlank();
        assertThat(robot.lookup("#lesson-prediction-feedback").queryAs(Label.class).getText())
                .startsWith("Your prediction was right.");
        press(robot, "#lesson-hint");
        assertThat(lessons.player().hints()).hasSize(1);
        shoot("lesson-" + "light");

        press(robot, "#lesson-solution");
        waitUntil("solution", () -> window.editor().design().components().size()
                == lesson.solution().components().size());
        press(robot, "#lesson-run");
        waitUntil("second run", () -> lessons.player().completedProperty().get());
        for (int i = 0; i < lesson.goals().size(); i++) {
            assertThat(goal(robot, i).getText()).startsWith("✓");
        }
        assertThat(lessons.library().progress(pack.id()).of(lesson.id()).completed()).isTrue();

        robot.interact(() -> settings.themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        shoot("lesson-dark");

        // Closed and opened again: the chosen answer is selected (and locked) and the verdict is shown again.
        robot.interact(() -> lessons.closeLesson());
        robot.interact(() -> assertThat(lessons.open(pack, lesson)).isTrue());
        waitUntil("reopened", () -> robot.lookup("#lesson-choice-2").tryQuery().isPresent());
        javafx.scene.control.RadioButton chosen = robot.lookup("#lesson-choice-2")
                .queryAs(javafx.scene.control.RadioButton.class);
        assertThat(chosen.isSelected()).isTrue();
        assertThat(chosen.isDisabled()).isTrue();
        assertThat(robot.lookup("#lesson-choice-0").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isFalse();
        assertThat(robot.lookup("#lesson-prediction-feedback").queryAs(Label.class).getText())
                .startsWith("Your prediction was right.");
    }

    /**
     * Presses a button of the lesson panel once it is visible and enabled. Fired rather than clicked: the panel
     * scrolls, and a robot click on a control scrolled out of view would land on whatever is there instead.
     */
    private void press(FxRobot robot, String id) throws Exception {
        waitUntil(id, () -> robot.lookup(id).tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        robot.interact(() -> {
            javafx.scene.Node n = robot.lookup(id).query();
            if (n instanceof javafx.scene.control.ButtonBase b) {
                b.fire();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screenshots for the docs, kept under target/ (copied into docs/images by hand when the UI changes). */
    private void shoot(String name) {
        Path file = Path.of("target", "screens", name + ".png");
        robot().interact(() -> {
            try {
                Snapshot.write(window.stage().getScene(), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static FxRobot robot() {
        return new FxRobot();
    }
}
