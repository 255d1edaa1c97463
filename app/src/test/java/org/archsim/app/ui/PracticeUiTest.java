package org.archsim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.files.FileDialogs;
import org.archsim.app.practice.InterviewRun;
import org.archsim.app.practice.PracticeController;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.settings.Theme;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.app.shell.Snapshot;
import org.archsim.lessons.practice.PracticeProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A candidate opens Interview Practice from the Lessons menu's action, keeps the URL shortener's reference design on
 * the canvas, has a bad worksheet refused, fills it in properly, runs the interview (graded for real) and sees a
 * passing scorecard, then exports it as Markdown through the window's file dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeUiTest {

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private final List<String> errors = new ArrayList<>();
    private Path exportTo;
    private AppSettings settings;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        settings = new AppSettings(prefs);
        exportTo = Files.createTempDirectory("practice-ui").resolve("url-shortener.scorecard.md");
        AppWindows app = new AppWindows(settings, ClipboardPort.inMemory());
        app.setDialogs(s -> new SaveTo(exportTo, errors));
        window = app.open(stage, null);
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void runTheInterviewOnTheReferenceDesign(FxRobot robot) throws Exception {
        PracticeController practice = window.practice();
        PracticeProblem[] chosen = new PracticeProblem[1];
        practice.setPicker(problems -> {
            assertThat(problems).hasSize(8);
            chosen[0] = problems.stream().filter(p -> p.id().equals("url-shortener")).findFirst().orElseThrow();
            // Keep the current design: the reference, loaded as the candidate's own work.
            assertThat(window.document().openUntitled(chosen[0].reference())).isTrue();
            return Optional.of(new PracticeController.Start(chosen[0], true));
        });
        robot.interact(() -> window.actions().require("lessons.practice").runIfEnabled());
        waitUntil(() -> robot.lookup("#practice-run").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#practice-title").queryAs(Label.class).getText())
                .isEqualTo("Interview: URL shortener");
        assertThat(robot.lookup("#practice-timer").queryAs(Label.class).getText()).matches("4[45]:\\d\\d");
        assertThat(window.editor().design().components()).hasSize(chosen[0].reference().components().size());

        type(robot, "averageRps", "1200");
        type(robot, "peakRps", "3500");
        type(robot, "storagePerDayGb", "0.5");
        type(robot, "egressMBps", "1.7");
        type(robot, "servers", "two");
        shoot(robot, "practice-start");
        press(robot, "#practice-run");
        Label error = robot.lookup("#practice-ws-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Servers: \"two\" is not a number");
        assertThat(practice.session().run().stateProperty().get()).isEqualTo(InterviewRun.State.IDLE);

        type(robot, "servers", "2");
        assertThat(error.isVisible()).isFalse();
        press(robot, "#practice-run");
        waitUntil(() -> practice.session().run().stateProperty().get() == InterviewRun.State.DONE);
        assertThat(robot.lookup("#practice-verdict").queryAs(Label.class).getText())
                .isEqualTo("✓ Passed — 7 of 7 criteria met");
        assertThat(robot.lookup("#practice-row-0").queryAs(Label.class).getText())
                .isEqualTo("✓  meets p99 150 ms at peak");
        assertThat(robot.lookup("#practice-row-6").queryAs(Label.class).getText())
                .isEqualTo("✓  estimates within ×2");
        assertThat(robot.lookup("#practice-estimate-4").queryAs(Label.class).getText()).startsWith("✓  ");
        shoot(robot, "practice-light");

        press(robot, "#practice-export-md");
        assertThat(errors).isEmpty();
        assertThat(Files.readString(exportTo)).contains("URL shortener", "```mermaid", "no single point of failure");

        robot.interact(() -> settings.themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "practice-dark");

        press(robot, "#practice-pause");
        assertThat(practice.session().timer().runningProperty().get()).isFalse();
        press(robot, "#practice-close");
        assertThat(robot.lookup("#practice-panel").tryQuery()).isEmpty();
        assertThat(practice.isOpen()).isFalse();
    }

    @Test
    void thePickerOffersTheEightProblemsAndCanStartFromAnEmptyDesign(FxRobot robot) throws Exception {
        var action = window.actions().require("lessons.practice");
        assertThat(action.accelerator()).isEqualTo(org.archsim.app.actions.Keys.shortcutShift(
                javafx.scene.input.KeyCode.P));
        assertThat(org.archsim.app.actions.CommandPaletteViewModel.entriesOf(window.actions()))
                .anySatisfy(e -> assertThat(e.title() + " " + e.detail())
                        .isEqualTo("Lessons: Interview Practice… Ctrl+Shift+P"));
        javafx.application.Platform.runLater(action::runIfEnabled);  // the picker waits for an answer
        waitUntil(() -> robot.lookup("#practice-problems").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<PracticeProblem> list = robot.lookup("#practice-problems")
                .queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).hasSize(8);
        robot.interact(() -> {
            list.getSelectionModel().select(list.getItems().stream().filter(p -> p.id().equals("chat"))
                    .findFirst().orElseThrow());
            robot.lookup("#practice-start-empty").queryAs(javafx.scene.control.RadioButton.class).setSelected(true);
            robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(b -> b.getText().equals("Begin")).findFirst().orElseThrow().fire();
        });
        waitUntil(() -> robot.lookup("#practice-title").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#practice-title").queryAs(Label.class).getText()).isEqualTo("Interview: Chat");
        assertThat(window.editor().design().components()).isEmpty();
        assertThat(window.editor().design().name()).isEqualTo("Practice — Chat");
        assertThat(window.practice().session().timer().runningProperty().get()).isTrue();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a worksheet field (set through the control, as the panel may be scrolled). */
    private static void type(FxRobot robot, String key, String text) {
        robot.interact(() -> robot.lookup("#practice-ws-" + key).queryAs(TextField.class).setText(text));
    }

    /** Fires a panel button once it is visible and enabled (fired: the panel scrolls; see LessonUiTest). */
    private static void press(FxRobot robot, String id) throws Exception {
        waitUntil(() -> robot.lookup(id).tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        robot.interact(() -> ((ButtonBase) robot.lookup(id).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screenshots for the docs, kept under target/screens (copied into docs/images by hand). */
    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Snapshot.write(window.stage().getScene(), Path.of("target", "screens", name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** File dialogs that save to one file and record errors. */
    private record SaveTo(Path file, List<String> errors) implements FileDialogs {
        @Override
        public Optional<Path> chooseOpen(Path initialDirectory) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(Path initialDirectory, String suggestedName) {
            assertThat(suggestedName).isEqualTo("url-shortener.scorecard.md");
            return Optional.of(file);
        }

        @Override
        public SaveChoice askSave(String designName) {
            return SaveChoice.DISCARD;
        }

        @Override
        public boolean confirmRevert(String designName) {
            return false;
        }

        @Override
        public void showOpenError(Path f, List<String> problems) {
            errors.addAll(problems);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }
    }
}
