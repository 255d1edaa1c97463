package org.archsim.app.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions file handling asks the learner. The app answers them with dialogs ({@link FxFileDialogs}); tests
 * answer them with scripted replies, so the prompt logic is tested without a window.
 */
public interface FileDialogs {

    /** The answer to "save your changes?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks which design file to open. */
    Optional<Path> chooseOpen(Path initialDirectory);

    /** Asks where to save, suggesting {@code suggestedName}. */
    Optional<Path> chooseSave(Path initialDirectory, String suggestedName);

    /** Asks whether to save the unsaved changes to {@code designName} before they would be lost. */
    SaveChoice askSave(String designName);

    /** Asks whether to throw away the unsaved changes and reload the file. */
    boolean confirmRevert(String designName);

    /** Tells that {@code file} could not be opened, with every located problem ({@code file:line:col: field: msg}). */
    void showOpenError(Path file, List<String> problems);

    /** Tells about any other failure. */
    void showError(String title, String message);
}
