package org.archsim.app.shell;

import static org.archsim.app.actions.Keys.plain;
import static org.archsim.app.actions.Keys.shortcut;
import static org.archsim.app.actions.Keys.shortcutAlt;
import static org.archsim.app.actions.Keys.shortcutShift;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.app.actions.CommandPaletteView;
import org.archsim.app.actions.CommandPaletteViewModel;
import org.archsim.app.actions.ShortcutsDialog;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.export.dialog.ExportActions;
import org.archsim.app.settings.AppSettings;

/**
 * Registers every action of a window, in menu order. Edit actions that also exist inside text fields (undo, copy,
 * paste, select all, delete) go to the focused text field when there is one, so typing in the inspector behaves as
 * in any text field.
 */
final class WindowActions {

    private WindowActions() {
    }

    static ActionRegistry register(MainWindow w) {
        ActionRegistry r = new ActionRegistry();
        EditorViewModel e = w.editor();
        AppSettings settings = w.app().settings();
        BooleanBinding hasParts = Bindings.createBooleanBinding(() -> !e.selection().parts().isEmpty(),
                e.selectionProperty());
        BooleanBinding hasAny = Bindings.createBooleanBinding(() -> !e.selection().isEmpty(), e.selectionProperty());
        BooleanBinding onePart = Bindings.createBooleanBinding(() -> e.selection().parts().size() == 1,
                e.selectionProperty());
        BooleanBinding twoParts = Bindings.createBooleanBinding(() -> e.selection().parts().size() == 2,
                e.selectionProperty());

        r.add("file.new", "File", "New", shortcut(KeyCode.N), () -> {
            if (w.document().newDesign()) {
                w.canvas().viewport().reset();
            }
        });
        r.add("file.newWindow", "File", "New Window", shortcutShift(KeyCode.N), () -> w.app().openWindow(null));
        r.add("file.open", "File", "Open…", shortcut(KeyCode.O), () -> {
            if (w.document().open()) {
                w.canvas().fitToDesign();
            }
        });
        org.archsim.app.lessons.LessonActions.registerFile(r, w.lessons());
        r.add("file.save", "File", "Save", shortcut(KeyCode.S), () -> w.document().save());
        r.add("file.saveAs", "File", "Save As…", shortcutShift(KeyCode.S), () -> w.document().saveAs());
        r.add("file.revert", "File", "Revert to Saved", null,
                w.document().pathProperty().isNotNull(), () -> w.document().revert());
        ExportActions.registerExport(r, exportContext(w));
        r.add("file.close", "File", "Close Window", shortcut(KeyCode.W), w::close);
        r.add("file.quit", "File", "Quit", shortcut(KeyCode.Q), () -> w.app().quit());

        r.add("edit.undo", "Edit", e.undoTextProperty(), shortcut(KeyCode.Z), e.canUndoProperty(),
                text(w, TextInputControl::undo, e::undo));
        r.add("edit.redo", "Edit", e.redoTextProperty(), shortcutShift(KeyCode.Z), e.canRedoProperty(),
                text(w, TextInputControl::redo, e::redo));
        r.add("edit.cut", "Edit", "Cut", shortcut(KeyCode.X), new SimpleBooleanProperty(true),
                text(w, TextInputControl::cut, () -> e.clipboard().cut()));
        r.add("edit.copy", "Edit", "Copy", shortcut(KeyCode.C), new SimpleBooleanProperty(true),
                text(w, TextInputControl::copy, () -> e.clipboard().copy()));
        ExportActions.registerCopyImage(r, exportContext(w));
        r.add("edit.paste", "Edit", "Paste", shortcut(KeyCode.V), new SimpleBooleanProperty(true),
                text(w, TextInputControl::paste, () -> e.clipboard().paste()));
        r.add("edit.duplicate", "Edit", "Duplicate", shortcut(KeyCode.D), hasParts, () -> e.clipboard().duplicate());
        r.add("edit.delete", "Edit", "Delete", plain(KeyCode.DELETE), hasAny,
                text(w, TextInputControl::deleteNextChar, e::deleteSelection));
        r.add("edit.selectAll", "Edit", "Select All", shortcut(KeyCode.A), new SimpleBooleanProperty(true),
                text(w, TextInputControl::selectAll, e::selectAll));
        r.add("edit.rename", "Edit", "Rename", plain(KeyCode.F2), onePart, () -> w.canvas().renameSelected());
        r.add("edit.connect", "Edit", "Connect Selected Parts", shortcut(KeyCode.L), twoParts, e::connectSelected);
        r.add("edit.designName", "Edit", "Rename Design…", null, () -> {
            e.clearSelection();
            focus(w, "#inspector-name");
        });

        r.add("view.commands", "View", "Command Palette…", shortcut(KeyCode.K), () -> showCommandPalette(w));
        r.add("view.zoomIn", "View", "Zoom In", shortcut(KeyCode.EQUALS), () -> w.canvas().viewport().zoomIn());
        r.add("view.zoomOut", "View", "Zoom Out", shortcut(KeyCode.MINUS), () -> w.canvas().viewport().zoomOut());
        r.add("view.actualSize", "View", "Actual Size", shortcut(KeyCode.DIGIT1),
                () -> w.canvas().viewport().actualSize());
        r.add("view.fit", "View", "Fit to Design", shortcut(KeyCode.DIGIT0), () -> w.canvas().fitToDesign());
        r.add("view.problems", "View", "Show or Hide Problems", shortcutShift(KeyCode.M), w::toggleProblems);
        r.add("view.theme", "View", Bindings.createStringBinding(() -> settings.themeProperty().get()
                        == org.archsim.app.settings.Theme.LIGHT ? "Switch to Dark Theme" : "Switch to Light Theme",
                        settings.themeProperty()), shortcutShift(KeyCode.T),
                new SimpleBooleanProperty(true), () -> settings.themeProperty().set(settings.themeProperty().get().toggled()));
        r.add("view.textLarger", "View", "Larger Text", shortcutAlt(KeyCode.EQUALS), () -> settings.stepTextScale(10));
        r.add("view.textSmaller", "View", "Smaller Text", shortcutAlt(KeyCode.MINUS), () -> settings.stepTextScale(-10));
        r.add("view.textReset", "View", "Normal Text Size", shortcutAlt(KeyCode.DIGIT0),
                () -> settings.textScaleProperty().set(100));
        r.add("view.palette", "View", "Find a Part", shortcut(KeyCode.F), () -> w.palette().focusFilter());
        r.add("view.canvas", "View", "Go to Canvas", plain(KeyCode.F6), () -> w.canvas().requestFocus());
        r.add("view.inspector", "View", "Go to Inspector", shortcut(KeyCode.I), () -> focusInspector(w));

        r.add("simulate.check", "Simulate", "Check Design", shortcutShift(KeyCode.C), () -> {
            if (!w.problemsShown()) {
                w.toggleProblems();
            }
        });
        org.archsim.app.lessons.LessonActions.register(r, w.lessons());
        org.archsim.app.practice.PracticeActions.register(r, w.practice());

        r.add("help.start", "Help", "Getting Started", null, () -> HelpDialogs.gettingStarted(w.stage()));
        r.add("help.shortcuts", "Help", "Keyboard Shortcuts", plain(KeyCode.F1),
                () -> ShortcutsDialog.show(w.stage(), r));
        r.add("help.about", "Help", "About ArchSim", null, () -> HelpDialogs.about(w.stage()));
        return r;
    }

    /** What the export actions read from the window (no run is wired in yet: metrics need the Simulate menu). */
    /** The live run's latest report, if a run has produced one, for exporting results (CSV, JSON, metrics overlay). */
    private static java.util.Optional<org.archsim.app.export.dialog.RunResult> latestRun(MainWindow w) {
        if (w.live() == null) {
            return java.util.Optional.empty();
        }
        org.archsim.app.run.RunSnapshot snap = w.live().viewModel().snapshotProperty().get();
        if (snap == null || snap.report() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new org.archsim.app.export.dialog.RunResult(snap.report(),
                w.live().viewModel().scenarioProperty().get()));
    }

    private static ExportActions.Context exportContext(MainWindow w) {
        return new ExportActions.Context(w.stage(), w.editor(), w.app().dialogsFor(w.stage()),
                () -> org.archsim.app.export.render.Theme.named(w.app().settings().themeProperty().get().name()),
                () -> latestRun(w), () -> {
                    java.nio.file.Path p = w.document().pathProperty().get();
                    return p == null || p.toAbsolutePath().getParent() == null ? null : p.toAbsolutePath().getParent();
                });
    }

    /** Runs {@code onText} on the focused text field if there is one, else {@code otherwise}. */
    private static Runnable text(MainWindow w, Consumer<TextInputControl> onText, Runnable otherwise) {
        return () -> {
            Node focus = w.stage().getScene() == null ? null : w.stage().getScene().getFocusOwner();
            if (focus instanceof TextInputControl t) {
                onText.accept(t);
            } else {
                otherwise.run();
            }
        };
    }

    private static void focus(MainWindow w, String selector) {
        Node n = w.stage().getScene().lookup(selector);
        if (n != null) {
            n.requestFocus();
        }
    }

    private static void focusInspector(MainWindow w) {
        Node first = w.stage().getScene().lookup("#inspector .text-field");
        if (first != null && first.isVisible()) {
            first.requestFocus();
        }
    }

    private static void showCommandPalette(MainWindow w) {
        CommandPaletteViewModel vm = new CommandPaletteViewModel(() -> {
            List<CommandPaletteViewModel.Entry> out = new ArrayList<>(CommandPaletteViewModel.entriesOf(w.actions()));
            out.addAll(CommandPaletteViewModel.addPartEntries(w.paletteModel(), w.canvas()::addAtCentre));
            for (String[] ex : Examples.ALL) {
                out.add(new CommandPaletteViewModel.Entry("Open example: " + ex[1], "", () -> MenuBarBuilder
                        .openExample(w, ex[0])));
            }
            w.app().settings().recentFiles().forEach(p -> out.add(new CommandPaletteViewModel.Entry(
                    "Open recent: " + p.getFileName(), p.getParent() == null ? "" : p.getParent().toString(),
                    () -> w.openAndFit(p))));
            return out;
        });
        CommandPaletteView.show(w.stage(), vm);
    }
}
