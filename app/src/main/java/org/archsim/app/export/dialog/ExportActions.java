package org.archsim.app.export.dialog;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.app.actions.Keys;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.export.render.Theme;
import org.archsim.app.files.FileDialogs;

/**
 * The window's export actions: File → Export… and Edit → Copy Diagram as Image. Registered by the shell with what
 * they need from the window, so the shell keeps one line per action group; both then appear in the menus and in the
 * command palette like every other action.
 */
public final class ExportActions {

    /** Id of File → Export…. */
    public static final String EXPORT = "file.export";
    /** Id of Edit → Copy Diagram as Image. */
    public static final String COPY_IMAGE = "edit.copyImage";

    private ExportActions() {
    }

    /**
     * What the export actions read from the window.
     *
     * @param owner      the window the dialog belongs to
     * @param editor     the design and its selection
     * @param dialogs    where to ask for the file and report failures
     * @param theme      the window's theme, the dialog's default and the copied image's
     * @param lastRun    the latest run of this design, or empty when it has not been run
     * @param initialDir where the save dialog starts (the design's folder), or null
     */
    public record Context(Stage owner, EditorViewModel editor, FileDialogs dialogs, Supplier<Theme> theme,
                          Supplier<Optional<RunResult>> lastRun, Supplier<Path> initialDir) {
    }

    /** Registers File → Export… (Ctrl+E). */
    public static void registerExport(ActionRegistry r, Context c) {
        r.add(EXPORT, "File", "Export…", Keys.shortcut(KeyCode.E), () -> showDialog(c));
    }

    /** Registers Edit → Copy Diagram as Image (Ctrl+Alt+C). */
    public static void registerCopyImage(ActionRegistry r, Context c) {
        r.add(COPY_IMAGE, "Edit", "Copy Diagram as Image", Keys.shortcutAlt(KeyCode.C), () -> copyImage(c));
    }

    /** The dialog's model for the window's current state. */
    public static ExportDialogModel model(Context c) {
        Optional<RunResult> run = c.lastRun().get();
        ExportDialogModel m = new ExportDialogModel(c.editor().design(),
                new HashSet<>(c.editor().selection().parts()), run.map(RunResult::report).orElse(null),
                run.map(RunResult::scenario).orElse(null));
        m.themeProperty().set(c.theme().get());
        return m;
    }

    private static void showDialog(Context c) {
        ExportDialog.show(c.owner(), model(c), c.dialogs(), c.initialDir().get());
    }

    private static void copyImage(Context c) {
        BufferedImage img = DiagramImage.render(c.editor().design(), c.editor().selection().parts(), c.theme().get());
        ClipboardContent content = new ClipboardContent();
        content.putImage(DiagramImage.toFx(img));
        Clipboard.getSystemClipboard().setContent(content);
        String what = c.editor().selection().parts().isEmpty() ? "the diagram" : "the selected parts";
        c.editor().notice("Copied " + what + " as an image (" + img.getWidth() + " × " + img.getHeight() + " px).");
    }
}
