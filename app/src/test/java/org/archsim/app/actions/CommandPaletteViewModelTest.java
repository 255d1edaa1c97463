package org.archsim.app.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class CommandPaletteViewModelTest {

    @Test
    void findsActionsAndPartsByNameBestMatchFirst() {
        ActionRegistry r = new ActionRegistry();
        AtomicInteger saved = new AtomicInteger();
        r.add("file.save", "File", "Save", Keys.shortcut(javafx.scene.input.KeyCode.S), saved::incrementAndGet);
        r.add("file.saveAs", "File", "Save As…", null, () -> { });
        r.add("edit.paste", "Edit", "Paste", null, new SimpleBooleanProperty(false), () -> { });
        CommandPaletteViewModel vm = new CommandPaletteViewModel(() -> {
            List<CommandPaletteViewModel.Entry> all = new java.util.ArrayList<>(CommandPaletteViewModel.entriesOf(r));
            all.add(new CommandPaletteViewModel.Entry("Add part: Database", "Data", () -> { }));
            return all;
        });
        assertThat(vm.search("")).extracting(CommandPaletteViewModel.Entry::title)
                .containsExactly("File: Save", "File: Save As…", "Add part: Database");
        assertThat(vm.search("save as")).extracting(CommandPaletteViewModel.Entry::title).first()
                .isEqualTo("File: Save As…");
        assertThat(vm.search("data")).extracting(CommandPaletteViewModel.Entry::title)
                .containsExactly("Add part: Database");
        assertThat(vm.search("sva")).extracting(CommandPaletteViewModel.Entry::title).contains("File: Save As…");
        assertThat(vm.search("paste")).isEmpty();
        vm.search("save").get(0).run().run();
        assertThat(saved.get()).isEqualTo(1);
    }

    @Test
    void shortcutListCoversRegisteredShortcutsAndCanvasGestures() {
        ActionRegistry r = new ActionRegistry();
        r.add("edit.undo", "Edit", "Undo", Keys.shortcut(javafx.scene.input.KeyCode.Z), () -> { });
        List<String[]> rows = ShortcutsDialog.rows(r);
        assertThat(rows.get(0)[1]).isEqualTo("Edit: Undo");
        assertThat(rows).hasSize(1 + ShortcutsDialog.CANVAS.size());
    }
}
