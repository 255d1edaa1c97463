package org.archsim.app.lessons;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.session.PackProgress;

/**
 * The lesson actions of a window: File ▸ Open Lesson Pack… and the Lessons menu (browse, Run &amp; Check, hint,
 * solution, next, close, progress export and import, Check Pack… for instructors). Registered in the window's
 * {@link ActionRegistry}, so they also appear in the command palette.
 */
public final class LessonActions {

    /** The file questions the lesson actions ask (native choosers in the app). */
    interface Files {
        Optional<Path> choosePack(Window owner);

        Optional<Path> chooseProgressSave(Window owner, String suggested);

        Optional<Path> chooseProgressOpen(Window owner);
    }

    private static final Files NATIVE = new Files() {
        @Override
        public Optional<Path> choosePack(Window owner) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open Lesson Pack (pack.json or .zip)");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lesson packs", "pack.json", "*.zip"));
            File f = fc.showOpenDialog(owner);
            if (f == null) {
                return Optional.empty();
            }
            // A folder pack is chosen through its pack.json; the loader wants the folder.
            return Optional.of(f.getName().equals("pack.json") ? f.toPath().getParent() : f.toPath());
        }

        @Override
        public Optional<Path> chooseProgressSave(Window owner, String suggested) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export Progress");
            fc.setInitialFileName(suggested);
            return Optional.ofNullable(fc.showSaveDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> chooseProgressOpen(Window owner) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Import Progress");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Progress files", "*.json"));
            return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
        }
    };

    private LessonActions() {
    }

    /** Registers File ▸ Open Lesson Pack… (call right after File ▸ Open so it sits beside it). */
    public static void registerFile(ActionRegistry r, LessonController c) {
        r.add("file.openLessonPack", "File", "Open Lesson Pack…", null, () -> NATIVE.choosePack(c.window().stage())
                .flatMap(c::openPack).ifPresent(p -> LessonBrowserDialog.show(c, NATIVE)));
    }

    /** Registers the Lessons menu. */
    public static void register(ActionRegistry r, LessonController c) {
        LessonPlayerModel p = c.player();
        var open = p.lessonProperty().isNotNull();
        r.add("lessons.browse", "Lessons", "Browse Lessons…", null, () -> LessonBrowserDialog.show(c, NATIVE));
        r.add("lessons.run", "Lessons", "Run & Check", null, open.and(p.runningProperty().not()), c::runCheck);
        r.add("lessons.hint", "Lessons", "Show a Hint", null, open.and(p.hintsLeftProperty().greaterThan(0)),
                p::revealHint);
        r.add("lessons.solution", "Lessons", "Show Solution", null, open, c::showSolution);
        r.add("lessons.next", "Lessons", "Next Lesson", null, open, c::nextLesson);
        r.add("lessons.close", "Lessons", "Close Lesson", null, open, c::closeLesson);
        r.add("lessons.export", "Lessons", "Export Progress…", null,
                () -> exportProgress(c, NATIVE, p.pack() == null ? null : p.pack().id()));
        r.add("lessons.import", "Lessons", "Import Progress…", null, () -> importProgress(c, NATIVE));
        r.add("lessons.checkPack", "Lessons", "Check Pack… (instructors)", null,
                () -> choosePack(c, "Check which pack?").ifPresent(pk -> PackCheckDialog.show(c.window().stage(),
                        pk)));
    }

    static void exportProgress(LessonController c, Files files, String packId) {
        Optional<LessonPack> pack = packId != null ? c.library().pack(packId) : choosePack(c, "Export whose progress?");
        pack.ifPresent(pk -> files.chooseProgressSave(c.window().stage(), pk.id() + ".progress.json").ifPresent(f -> {
            try {
                c.library().exportProgress(pk.id(), f);
                c.window().editor().notice("Exported the progress of “" + pk.title() + "” to " + f.getFileName() + ".");
            } catch (IOException e) {
                c.error("Cannot export progress", e.getMessage());
            }
        }));
    }

    static void importProgress(LessonController c, Files files) {
        files.chooseProgressOpen(c.window().stage()).ifPresent(f -> {
            try {
                PackProgress p = c.library().importProgress(f);
                c.window().editor().notice("Imported progress: " + p.completedCount() + " lessons completed in "
                        + p.packId() + ".");
            } catch (IOException e) {
                c.error("Cannot import progress", e.getMessage());
            }
        });
    }

    private static Optional<LessonPack> choosePack(LessonController c, String question) {
        List<LessonPack> packs = c.library().entries().stream().map(LessonLibrary.Entry::pack).toList();
        if (packs.isEmpty()) {
            return Optional.empty();
        }
        LessonPack current = c.player().pack();
        ChoiceDialog<String> d = new ChoiceDialog<>(current != null ? current.title() : packs.get(0).title(),
                packs.stream().map(LessonPack::title).toList());
        d.initOwner(c.window().stage());
        d.setHeaderText(question);
        return d.showAndWait().flatMap(t -> packs.stream().filter(pk -> pk.title().equals(t)).findFirst());
    }
}
