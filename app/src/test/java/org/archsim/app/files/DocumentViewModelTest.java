package org.archsim.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.settings.AppSettings;
import org.archsim.model.Catalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private final AppSettings settings = new AppSettings(prefs);
    private final EditorViewModel editor = new EditorViewModel(ClipboardPort.inMemory());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentViewModel doc = new DocumentViewModel(editor, settings, dialogs);

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private void edit() {
        editor.addPart(Catalog.standard().require("service"), 100, 100);
    }

    @Test
    void theTitleNamesTheDesignAndMarksUnsavedWork() {
        assertThat(doc.titleBinding().get()).isEqualTo("ArchSim — Untitled");
        edit();
        assertThat(doc.titleBinding().get()).isEqualTo("ArchSim — Untitled *");
        editor.undo();
        assertThat(doc.titleBinding().get()).isEqualTo("ArchSim — Untitled");
    }

    @Test
    void newDoesNotAskWhenThereIsNothingToLose() {
        assertThat(doc.newDesign()).isTrue();
        assertThat(dialogs.saveQuestions).isZero();
    }

    @Test
    void cancelKeepsTheWorkAndDiscardDropsIt() {
        edit();
        dialogs.saveChoice = FileDialogs.SaveChoice.CANCEL;
        assertThat(doc.newDesign()).isFalse();
        assertThat(editor.design().components()).hasSize(1);
        dialogs.saveChoice = FileDialogs.SaveChoice.DISCARD;
        assertThat(doc.newDesign()).isTrue();
        assertThat(editor.design().components()).isEmpty();
        assertThat(dialogs.saveQuestions).isEqualTo(2);
    }

    @Test
    void choosingSaveAtThePromptSavesFirstAndCancellingTheFileChooserCancelsTheWhole() throws Exception {
        edit();
        dialogs.saveChoice = FileDialogs.SaveChoice.SAVE;
        dialogs.saveAnswer = null;
        assertThat(doc.newDesign()).isFalse();
        assertThat(editor.design().components()).hasSize(1);
        dialogs.saveAnswer = dir.resolve("first");
        assertThat(doc.newDesign()).isTrue();
        assertThat(Files.readString(dir.resolve("first" + DocumentViewModel.EXTENSION))).contains("\"service\"");
    }

    @Test
    void saveThenOpenGivesBackTheSameDesignAndRemembersTheFile() {
        edit();
        editor.rename(editor.design().components().get(0).id(), "Checkout");
        dialogs.saveAnswer = dir.resolve("shop.archsim.json");
        assertThat(doc.save()).isTrue();
        assertThat(doc.isDirty()).isFalse();
        assertThat(settings.recentFiles()).containsExactly(dir.resolve("shop.archsim.json"));
        var saved = editor.design().copy();
        assertThat(doc.newDesign()).isTrue();
        dialogs.openAnswer = dir.resolve("shop.archsim.json");
        assertThat(doc.open()).isTrue();
        assertThat(editor.design().sameContent(saved)).isTrue();
        assertThat(doc.pathProperty().get()).isEqualTo(dir.resolve("shop.archsim.json"));
    }

    @Test
    void aBrokenFileIsReportedWithLocationsAndTheCurrentDesignIsKept() throws Exception {
        edit();
        var before = editor.design();
        Path bad = dir.resolve("bad.archsim.json");
        Files.writeString(bad, "{\n  \"format\": \"archsim.design/1\",\n  \"name\": \"x\",\n  \"components\": [\n"
                + "    {\"id\": \"a\", \"kind\": \"service\", \"x\": 0, \"y\": 0, \"params\": {\"workers\": 0}}\n"
                + "  ],\n  \"links\": []\n}\n");
        assertThat(doc.load(bad)).isFalse();
        assertThat(dialogs.openErrors).singleElement().asString()
                .contains("bad.archsim.json:5:").contains("workers").contains("must be ≥ 1");
        assertThat(editor.design()).isSameAs(before);
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.load(dir.resolve("missing.archsim.json"))).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("does not exist");
    }

    @Test
    void revertReloadsTheFileAfterConfirming() {
        dialogs.saveAnswer = dir.resolve("r.archsim.json");
        edit();
        doc.save();
        edit();
        dialogs.revertAnswer = false;
        assertThat(doc.revert()).isFalse();
        assertThat(editor.design().components()).hasSize(2);
        dialogs.revertAnswer = true;
        assertThat(doc.revert()).isTrue();
        assertThat(editor.design().components()).hasSize(1);
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void recoveredWorkCountsAsUnsavedUntilSaved() {
        doc.loadRecovered(new org.archsim.model.Design("Recovered"), null);
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.titleBinding().get()).isEqualTo("ArchSim — Recovered *");
        dialogs.saveAnswer = dir.resolve("rec");
        assertThat(doc.save()).isTrue();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void autosaveKeepsUnsavedWorkAndOffersCopiesOfDeadProcesses() throws Exception {
        Autosave autosave = new Autosave(dir);
        autosave.run(doc);
        assertThat(Files.exists(autosave.designFile())).isFalse();
        edit();
        autosave.run(doc);
        assertThat(Files.readString(autosave.designFile())).contains("\"service\"");
        // A copy of this very process counts as orphaned only at start; simulate a dead process's files.
        Path dead = dir.resolve("autosave-999999999-1" + DocumentViewModel.EXTENSION);
        Files.copy(autosave.designFile(), dead);
        Files.writeString(dir.resolve("autosave-999999999-1.properties"), "name=Lost\norigin=\nsavedAt=2026-01-01T00:00:00Z\n");
        var orphans = Autosave.orphans(dir);
        assertThat(orphans).extracting(Autosave.Recovery::designName).contains("Lost");
        var lost = orphans.stream().filter(r -> r.designName().equals("Lost")).findFirst().orElseThrow();
        assertThat(Autosave.read(lost).components()).hasSize(1);
        Autosave.delete(lost);
        assertThat(Files.exists(dead)).isFalse();
        editor.undo();
        autosave.run(doc);
        assertThat(Files.exists(autosave.designFile())).isFalse();
    }

    @Test
    void fileNamesFollowTheDesignName() {
        assertThat(DocumentViewModel.fileNameFor("My Shop: v2")).isEqualTo("my-shop-v2.archsim.json");
        assertThat(DocumentViewModel.fileNameFor("???")).isEqualTo("design.archsim.json");
    }

    @Test
    void settingsRememberThemeTextSizeAndRecentFiles() {
        settings.themeProperty().set(org.archsim.app.settings.Theme.DARK);
        settings.stepTextScale(500);
        settings.addRecent(dir.resolve("a"));
        settings.addRecent(dir.resolve("b"));
        settings.addRecent(dir.resolve("a"));
        AppSettings again = new AppSettings(prefs);
        assertThat(again.themeProperty().get()).isEqualTo(org.archsim.app.settings.Theme.DARK);
        assertThat(again.textScaleProperty().get()).isEqualTo(AppSettings.MAX_TEXT);
        assertThat(again.recentFiles()).containsExactly(dir.resolve("a"), dir.resolve("b"));
    }
}
