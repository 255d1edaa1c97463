package org.archsim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.archsim.app.editor.CardGeometry;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.files.FileDialogs;
import org.archsim.app.files.FxFileDialogs;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Real interactions with the editor window, headless on Monocle: the handful of gestures every learner uses. */
@ExtendWith(ApplicationExtension.class)
class EditorUiTest {

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private MainWindow window;
    private Path nextFile;

    @Start
    void start(Stage stage) {
        AppWindows app = new AppWindows(new AppSettings(prefs), ClipboardPort.inMemory());
        // File choosers are native dialogs; answer them here and keep every other dialog real.
        app.setDialogs(s -> new AnsweringDialogs(new FxFileDialogs(s)));
        window = app.open(stage, null);
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private List<Component> parts() {
        return window.editor().design().components();
    }

    /** Screen position of a world point on the canvas. */
    private Point2D screen(double wx, double wy) {
        var vp = window.canvas().viewport();
        double s = vp.scale();
        return window.canvas().localToScreen(wx * s + vp.translateXProperty().get(),
                wy * s + vp.translateYProperty().get());
    }

    private String addAt(FxRobot robot, String kind, double x, double y) {
        robot.interact(() -> window.editor().addPart(Catalog.standard().require(kind), x, y));
        return window.editor().selection().parts().get(0);
    }

    @Test
    void draggingAKindFromThePaletteAddsItWhereItIsDropped(FxRobot robot) {
        robot.drag("#palette-database").dropTo("#canvas");
        assertThat(parts()).singleElement().extracting(c -> c.kind().id()).isEqualTo("database");
        assertThat(window.stage().getTitle()).isEqualTo("ArchSim — Untitled *");
        robot.doubleClickOn("#palette-cache");
        assertThat(parts()).hasSize(2);
    }

    @Test
    void draggingFromAHandleToAnotherPartConnectsThemAndARefusedLinkIsNotMade(FxRobot robot) {
        String a = addAt(robot, "service", 200, 200);
        String b = addAt(robot, "database", 600, 200);
        String client = addAt(robot, "client", 200, 450);
        Component ca = window.editor().design().requireComponent(a);
        Component cb = window.editor().design().requireComponent(b);
        Point2D handle = screen(CardGeometry.handle(ca).getX(), CardGeometry.handle(ca).getY());
        Point2D target = screen(cb.x() + 40, cb.y() + 20);
        robot.moveTo(handle).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(target)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(window.editor().design().link(Link.idOf(a, b))).isPresent();
        Component cc = window.editor().design().requireComponent(client);
        robot.moveTo(screen(CardGeometry.handle(cb).getX(), CardGeometry.handle(cb).getY()))
                .press(javafx.scene.input.MouseButton.PRIMARY).moveTo(screen(cc.x() + 30, cc.y() + 20));
        Label hint = robot.lookup("#connect-hint").queryAs(Label.class);
        assertThat(hint.getText()).contains("cannot receive");
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(window.editor().design().links()).hasSize(1);
    }

    @Test
    void undoAndRedoFromTheKeyboardNameTheStepInTheEditMenu(FxRobot robot) {
        robot.doubleClickOn("#palette-service");
        assertThat(parts()).hasSize(1);
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(parts()).isEmpty();
        assertThat(window.editor().redoTextProperty().get()).isEqualTo("Redo Add service");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(parts()).hasSize(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(parts()).hasSize(1);
        assertThat(window.editor().undoTextProperty().get()).isEqualTo("Undo Add service");
    }

    @Test
    void f2RenamesThePartInPlace(FxRobot robot) {
        String id = addAt(robot, "service", 300, 300);
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.F2);
        robot.write("Checkout").type(KeyCode.ENTER);
        assertThat(window.editor().design().requireComponent(id).name()).isEqualTo("Checkout");
        assertThat(window.editor().undoTextProperty().get()).isEqualTo("Undo Rename service to Checkout");
    }

    @Test
    void invalidInspectorInputIsRefusedWithAMessageAndKeysStayInTheField(FxRobot robot) {
        String id = addAt(robot, "service", 300, 300);
        robot.doubleClickOn("#param-workers");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE).write("0").type(KeyCode.ENTER);
        Label error = robot.lookup("#error-workers").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("must be ≥ 1, was 0");
        assertThat(window.editor().design().requireComponent(id).intParam("workers")).isEqualTo(8);
        robot.type(KeyCode.DELETE).type(KeyCode.BACK_SPACE).write("12").type(KeyCode.ENTER);
        assertThat(parts()).hasSize(1).as("Delete and Backspace in a field edit the text, not the design");
        assertThat(window.editor().design().requireComponent(id).intParam("workers")).isEqualTo(12);
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void saveReopenAndABrokenFileKeepsTheCurrentDesign(FxRobot robot) throws Exception {
        addAt(robot, "service", 300, 300);
        nextFile = dir.resolve("ui-" + UUID.randomUUID() + ".archsim.json");
        Path saved = nextFile;
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(Files.readString(saved)).contains("\"service\"");
        assertThat(window.stage().getTitle()).isEqualTo("ArchSim — Untitled");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(parts()).isEmpty();
        nextFile = saved;
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        assertThat(parts()).hasSize(1);

        Path bad = dir.resolve("broken.archsim.json");
        Files.writeString(bad, "{ \"format\": \"archsim.design/1\", \"name\": \"x\", \"components\": [ }");
        Platform.runLater(() -> window.document().open(bad));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#open-error-problems").tryQuery().isPresent());
        TextArea problems = robot.lookup("#open-error-problems").queryAs(TextArea.class);
        assertThat(problems.getText()).contains("broken.archsim.json:1:");
        // On a loaded machine the dialog's window may still be opening: wait until its button can be seen.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("OK").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        javafx.scene.control.Button ok = robot.lookup("OK").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(javafx.scene.Node::isVisible).findFirst().orElseThrow();
        robot.interact(ok::fire);
        assertThat(parts()).hasSize(1);
    }

    /** Answers the file choosers with {@link #nextFile}; everything else is the real dialog. */
    private final class AnsweringDialogs implements FileDialogs {
        private final FileDialogs real;

        AnsweringDialogs(FileDialogs real) {
            this.real = real;
        }

        @Override
        public Optional<Path> chooseOpen(Path initialDirectory) {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> chooseSave(Path initialDirectory, String suggestedName) {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public SaveChoice askSave(String designName) {
            return SaveChoice.DISCARD;
        }

        @Override
        public boolean confirmRevert(String designName) {
            return true;
        }

        @Override
        public void showOpenError(Path file, List<String> problems) {
            real.showOpenError(file, problems);
        }

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }
    }
}
