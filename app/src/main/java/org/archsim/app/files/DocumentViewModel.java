package org.archsim.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.settings.AppSettings;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;

/**
 * The open document of one window: which file the design comes from, whether it has unsaved work, and the file
 * commands. Anything that would drop unsaved work (New, Open, Revert, closing) first asks {@link FileDialogs#askSave};
 * a file that cannot be read is reported with its located problems and the current design is kept. Saves are atomic
 * ({@link DesignCodec#write}).
 */
public final class DocumentViewModel {

    /** The file name extension of design files. */
    public static final String EXTENSION = ".archsim.json";

    private final EditorViewModel editor;
    private final AppSettings settings;
    private final FileDialogs dialogs;
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyBooleanWrapper recovered = new ReadOnlyBooleanWrapper(this, "recovered");
    private final BooleanBinding dirty;
    private final StringBinding title;
    private Runnable afterSave = () -> { };

    public DocumentViewModel(EditorViewModel editor, AppSettings settings, FileDialogs dialogs) {
        this.editor = editor;
        this.settings = settings;
        this.dialogs = dialogs;
        dirty = editor.dirtyProperty().or(recovered);
        title = Bindings.createStringBinding(
                () -> "ArchSim — " + editor.design().name() + (dirty.get() ? " *" : ""),
                editor.revisionProperty(), dirty);
    }

    /** The file the design was opened from or saved to; null for a design never saved. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** Whether there is work that is not in the file (edits since the last save, or a recovered autosave). */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** "ArchSim — Design name", with " *" while there is unsaved work. */
    public StringBinding titleBinding() {
        return title;
    }

    /** Whether the design came from an autosave and has not been saved since. */
    public ReadOnlyBooleanProperty recoveredProperty() {
        return recovered.getReadOnlyProperty();
    }

    /** Runs after every successful save (autosave uses it to drop its copy). */
    public void setAfterSave(Runnable r) {
        afterSave = r;
    }

    public EditorViewModel editor() {
        return editor;
    }

    // ---- commands --------------------------------------------------------------------------------------------------

    /** Starts an empty design, after the unsaved-work prompt. Returns whether it did. */
    public boolean newDesign() {
        if (!confirmDiscard()) {
            return false;
        }
        editor.load(new Design("Untitled"));
        path.set(null);
        recovered.set(false);
        return true;
    }

    /** Asks for a file and opens it, after the unsaved-work prompt. */
    public boolean open() {
        if (!confirmDiscard()) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseOpen(directory());
        return chosen.isPresent() && load(chosen.get());
    }

    /** Opens {@code file} (recent files, drag-and-drop), after the unsaved-work prompt. */
    public boolean open(Path file) {
        return confirmDiscard() && load(file);
    }

    /**
     * Reads {@code file} and makes it the document; on failure shows the problems and keeps the current design.
     * Does not prompt (the caller has).
     */
    public boolean load(Path file) {
        try {
            Design d = DesignCodec.read(file);
            editor.load(d);
            path.set(file.toAbsolutePath().normalize());
            recovered.set(false);
            settings.addRecent(file);
            editor.notice("Opened " + file.getFileName() + ".");
            return true;
        } catch (FormatException e) {
            dialogs.showOpenError(file, e.problems().stream().map(FormatProblem::toString).toList());
        } catch (NoSuchFileException e) {
            settings.removeRecent(file);
            dialogs.showError("Cannot open the design", "The file " + file + " does not exist.");
        } catch (IOException e) {
            dialogs.showError("Cannot open the design", "The file " + file + " could not be read: " + e.getMessage());
        }
        return false;
    }

    /** Opens a design that has no file yet (a bundled example), after the unsaved-work prompt. */
    public boolean openUntitled(Design design) {
        if (!confirmDiscard()) {
            return false;
        }
        editor.load(design);
        path.set(null);
        recovered.set(false);
        return true;
    }

    /** Takes {@code design} from an autosave as unsaved work belonging to {@code origin} (may be null). */
    public void loadRecovered(Design design, Path origin) {
        editor.load(design);
        path.set(origin);
        recovered.set(true);
        editor.notice("Recovered unsaved work. Save it to keep it.");
    }

    /** Saves to the current file, or asks where for a new design. Returns whether the design was saved. */
    public boolean save() {
        return path.get() == null ? saveAs() : write(path.get());
    }

    /** Asks where to save and saves there. */
    public boolean saveAs() {
        String suggested = fileNameFor(editor.design().name());
        Optional<Path> chosen = dialogs.chooseSave(directory(), suggested);
        if (chosen.isEmpty()) {
            return false;
        }
        Path p = chosen.get();
        if (!p.getFileName().toString().endsWith(".json")) {
            p = p.resolveSibling(p.getFileName() + EXTENSION);
        }
        return write(p);
    }

    /** Reloads the file, after confirming that unsaved changes will be lost. */
    public boolean revert() {
        if (path.get() == null) {
            editor.notice("This design has not been saved yet, so there is nothing to revert to.");
            return false;
        }
        if (isDirty() && !dialogs.confirmRevert(editor.design().name())) {
            return false;
        }
        return load(path.get());
    }

    /**
     * Makes sure no unsaved work is lost: when dirty, asks whether to save (and saves), discard, or cancel. Returns
     * whether the caller may go ahead.
     */
    public boolean confirmDiscard() {
        if (!isDirty()) {
            return true;
        }
        return switch (dialogs.askSave(editor.design().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean write(Path p) {
        try {
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            DesignCodec.write(editor.design(), p);
        } catch (IOException e) {
            dialogs.showError("Cannot save the design", "Saving to " + p + " failed: " + e.getMessage()
                    + "\nThe design is still open; try another folder.");
            return false;
        }
        editor.stack().markSaved();
        path.set(p.toAbsolutePath().normalize());
        recovered.set(false);
        settings.addRecent(p);
        editor.notice("Saved " + p.getFileName() + ".");
        afterSave.run();
        return true;
    }

    private Path directory() {
        if (path.get() != null && path.get().getParent() != null) {
            return path.get().getParent();
        }
        return settings.recentFiles().stream().map(Path::getParent).filter(p -> p != null && Files.isDirectory(p))
                .findFirst().orElse(Path.of(System.getProperty("user.home")));
    }

    /** A file name for a design name: lower case, words joined by dashes, with the extension. */
    static String fileNameFor(String designName) {
        String base = designName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "design" : base) + EXTENSION;
    }
}
