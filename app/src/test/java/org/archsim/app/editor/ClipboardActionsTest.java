package org.archsim.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.junit.jupiter.api.Test;

class ClipboardActionsTest {

    private final ClipboardPort port = ClipboardPort.inMemory();
    private final EditorViewModel vm = new EditorViewModel(port);

    private String add(String kind, double x, double y) {
        return vm.addPart(Catalog.standard().require(kind), x, y).orElseThrow();
    }

    @Test
    void copyPutsDesignJsonOnTheClipboardAndPasteAddsOffsetCopiesWithTheirLinks() {
        String a = add("service", 100, 100);
        String b = add("database", 400, 100);
        vm.connect(a, b);
        vm.rename(a, "Orders");
        vm.selectAll();
        assertThat(vm.clipboard().copy()).isTrue();
        assertThat(port.text().orElseThrow()).contains("\"format\"").contains("\"Orders\"");
        assertThat(vm.clipboard().paste()).isTrue();
        assertThat(vm.design().components()).hasSize(4);
        assertThat(vm.design().links()).hasSize(2);
        assertThat(vm.selection().parts()).hasSize(2).doesNotContain(a, b);
        Component copy = vm.design().requireComponent(vm.selection().parts().get(0));
        assertThat(copy.name()).isEqualTo("Orders");
        assertThat(copy.x()).isEqualTo(vm.design().requireComponent(a).x() + ClipboardActions.OFFSET);
        assertThat(vm.undoTextProperty().get()).startsWith("Undo Paste");
    }

    @Test
    void pastingTwiceCascadesSoCopiesDoNotHideEachOther() {
        String a = add("service", 100, 100);
        vm.clickPart(a, false);
        vm.clipboard().copy();
        vm.clipboard().paste();
        double first = vm.design().requireComponent(vm.selection().parts().get(0)).x();
        vm.clipboard().paste();
        double second = vm.design().requireComponent(vm.selection().parts().get(0)).x();
        assertThat(second).isEqualTo(first + ClipboardActions.OFFSET);
    }

    @Test
    void partsPasteIntoAnotherEditorSharingTheClipboard() {
        String a = add("cache", 100, 100);
        vm.clickPart(a, false);
        vm.clipboard().copy();
        EditorViewModel other = new EditorViewModel(port);
        assertThat(other.clipboard().paste()).isTrue();
        assertThat(other.design().components()).extracting(c -> c.kind().id()).containsExactly("cache");
    }

    @Test
    void cutIsOneUndoStepAndOtherClipboardTextIsNotPasted() {
        String a = add("service", 100, 100);
        vm.clickPart(a, false);
        int steps = vm.stack().undoCount();
        vm.clipboard().cut();
        assertThat(vm.design().components()).isEmpty();
        assertThat(vm.stack().undoCount()).isEqualTo(steps + 1);
        port.putText("hello");
        assertThat(vm.clipboard().paste()).isFalse();
        assertThat(vm.messageProperty().get()).contains("no parts");
    }

    @Test
    void duplicateCopiesTheSelectionWithoutTouchingTheClipboard() {
        String a = add("service", 100, 100);
        String b = add("database", 400, 100);
        vm.connect(a, b);
        vm.selectAll();
        port.putText("untouched");
        assertThat(vm.clipboard().duplicate()).isTrue();
        assertThat(vm.design().components()).hasSize(4);
        assertThat(vm.design().links()).hasSize(2);
        assertThat(vm.selection().links()).hasSize(1);
        assertThat(port.text()).hasValue("untouched");
    }
}
