package org.archsim.app.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} answered with JavaFX dialogs owned by a window. */
public final class FxFileDialogs implements FileDialogs {

    private final Window owner;

    public FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpen(Path initialDirectory) {
        FileChooser fc = chooser("Open design", initialDirectory);
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Path initialDirectory, String suggestedName) {
        FileChooser fc = chooser("Save design", initialDirectory);
        fc.setInitialFileName(suggestedName);
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public SaveChoice askSave(String designName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Save changes to \"" + designName + "\"?",
                "Your changes will be lost if you don't save them.", save, discard, cancel);
        ButtonType answer = a.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirmRevert(String designName) {
        ButtonType revert = new ButtonType("Revert", ButtonBar.ButtonData.YES);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Revert \"" + designName + "\" to the saved file?",
                "Your unsaved changes will be lost.", revert, ButtonType.CANCEL);
        return a.showAndWait().orElse(ButtonType.CANCEL) == revert;
    }

    @Override
    public void showOpenError(Path file, List<String> problems) {
        Alert a = alert(Alert.AlertType.ERROR, "\"" + file.getFileName() + "\" is not a valid design",
                null, ButtonType.OK);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, problems.size() + 1));
        list.setId("open-error-problems");
        Label intro = new Label(problems.size() == 1 ? "One problem was found; your current design is unchanged."
                : problems.size() + " problems were found; your current design is unchanged.");
        a.getDialogPane().setContent(new VBox(8, intro, list));
        a.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String content, ButtonType... buttons) {
        Alert a = new Alert(type, content == null ? "" : content, buttons);
        a.initOwner(owner);
        a.setTitle("ArchSim");
        a.setHeaderText(header);
        return a;
    }

    private static FileChooser chooser(String title, Path dir) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ArchSim designs", "*" + DocumentViewModel.EXTENSION),
                new FileChooser.ExtensionFilter("JSON files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
        return fc;
    }
}
