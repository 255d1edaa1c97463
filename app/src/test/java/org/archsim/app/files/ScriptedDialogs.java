package org.archsim.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link FileDialogs} that answer from fields and record what was asked. */
final class ScriptedDialogs implements FileDialogs {

    Path openAnswer;
    Path saveAnswer;
    SaveChoice saveChoice = SaveChoice.CANCEL;
    boolean revertAnswer = true;
    int saveQuestions;
    final List<String> openErrors = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseOpen(Path initialDirectory) {
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public Optional<Path> chooseSave(Path initialDirectory, String suggestedName) {
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public SaveChoice askSave(String designName) {
        saveQuestions++;
        return saveChoice;
    }

    @Override
    public boolean confirmRevert(String designName) {
        return revertAnswer;
    }

    @Override
    public void showOpenError(Path file, List<String> problems) {
        openErrors.addAll(problems);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
