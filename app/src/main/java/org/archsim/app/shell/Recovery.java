package org.archsim.app.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.archsim.app.files.Autosave;
import org.archsim.app.files.DataFolder;
import org.archsim.model.Design;

/**
 * At start, offers the unsaved work that earlier runs left in autosaves (after a crash or a kill). Each copy is
 * recovered into a window as unsaved work, or discarded.
 */
public final class Recovery {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    private Recovery() {
    }

    /** Asks about every orphaned autosave; {@code first} takes the first recovery if its design is still empty. */
    public static void offer(AppWindows app, MainWindow first) {
        List<Autosave.Recovery> found = Autosave.orphans(DataFolder.path().resolve("autosave"));
        MainWindow target = first;
        for (Autosave.Recovery r : found) {
            ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                    "ArchSim did not close normally. Unsaved work on \"" + r.designName() + "\" from "
                            + TIME.format(r.savedAt()) + (r.origin() == null ? "" : " (" + r.origin() + ")")
                            + " was kept.", recover, discard);
            a.initOwner(first.stage());
            a.setTitle("Recover unsaved work");
            a.setHeaderText("Recover unsaved work?");
            if (a.showAndWait().orElse(discard) == recover) {
                try {
                    Design d = Autosave.read(r);
                    boolean reuse = target != null && target.editor().design().components().isEmpty()
                            && !target.document().isDirty();
                    MainWindow w = reuse ? target : app.openWindow(null);
                    w.document().loadRecovered(d, r.origin());
                    w.canvas().fitToDesign();
                    target = null;
                } catch (Exception ex) {
                    first.editor().notice("The autosave could not be read: " + ex.getMessage());
                }
            }
            Autosave.delete(r);
        }
    }
}
