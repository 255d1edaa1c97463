package org.archsim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.export.dialog.DialogFormat;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.app.files.FileDialogs;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.shell.AppWindows;
import org.archsim.app.shell.MainWindow;
import org.archsim.model.Catalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export… for real: open the dialog from the menu action, export a PNG at 1×, decode the file. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private MainWindow window;
    private Path nextFile;
    private String lastError;

    @Start
    void start(Stage stage) {
        AppWindows app = new AppWindows(new AppSettings(prefs), ClipboardPort.inMemory());
        app.setDialogs(s -> new Answers());
        window = app.open(stage, null);
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private static void waitVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(query).queryAll().stream().anyMatch(Node::isVisible));
    }

    @Test
    void exportsAPngThroughTheDialog(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.editor().addPart(Catalog.standard().require("database"), 100, 100);
            window.editor().addPart(Catalog.standard().require("service"), 400, 100);
            window.editor().clearSelection();
        });
        var palette = new org.archsim.app.actions.CommandPaletteViewModel(
                () -> org.archsim.app.actions.CommandPaletteViewModel.entriesOf(window.actions()));
        assertThat(palette.search("copy diagram")).extracting(e -> e.title()).contains("Edit: Copy Diagram as Image");
        var export = palette.search("export").stream().filter(e -> e.title().equals("File: Export…")).findFirst();
        assertThat(export).as("File ▸ Export… is in the command palette").isPresent();
        robot.interact(() -> export.get().run().run());
        waitVisible(robot, "#export-save");
        @SuppressWarnings("unchecked")
        ComboBox<DialogFormat> format = robot.lookup("#export-format").queryAs(ComboBox.class);
        assertThat(format.getValue()).isEqualTo(DialogFormat.PNG);
        assertThat(format.getItems()).doesNotContain(DialogFormat.CSV);
        robot.clickOn("#export-scale-1");
        WaitForAsyncUtils.waitForFxEvents();

        nextFile = dir.resolve("exported.png");
        Button save = robot.lookup("#export-save").queryAs(Button.class);
        robot.interact(save::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(nextFile));

        BufferedImage img = ImageIO.read(nextFile.toFile());
        DiagramRenderer r = new DiagramRenderer(window.editor().design(), RenderOptions.defaults());
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(r.width()));
        assertThat(img.getHeight()).isEqualTo((int) Math.ceil(r.height()));
        assertThat(img.getRGB(1, 1)).as("light theme page").isEqualTo(Theme.LIGHT.background().argb());
        assertThat(lastError).isNull();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly("exported.png");
        assertThat(robot.lookup("#export-save").queryAll().stream().noneMatch(Node::isVisible))
                .as("the dialog closes after a successful export").isTrue();
    }

    private final class Answers implements FileDialogs {
        @Override
        public Optional<Path> chooseOpen(Path initialDirectory) {
            return Optional.empty();
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
            lastError = String.join("\n", problems);
        }

        @Override
        public void showError(String title, String message) {
            lastError = message;
        }
    }
}
