package org.archsim.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.BoundingBox;
import org.archsim.model.Catalog;
import org.archsim.model.ComponentKind;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {

    private final EditorViewModel vm = new EditorViewModel(ClipboardPort.inMemory());

    private static ComponentKind kind(String id) {
        return Catalog.standard().require(id);
    }

    @Test
    void addingAPartSnapsItToTheGridSelectsItAndIsOneUndoStep() {
        String id = vm.addPart(kind("service"), 333, 217).orElseThrow();
        var c = vm.design().requireComponent(id);
        assertThat(c.x() % CardGeometry.GRID).isZero();
        assertThat(c.y() % CardGeometry.GRID).isZero();
        assertThat(vm.selection().parts()).containsExactly(id);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Add service");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.undo();
        assertThat(vm.design().components()).isEmpty();
        assertThat(vm.selection().isEmpty()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void aSecondPartDroppedOnTheSameSpotIsMovedAsideSoItIsVisible() {
        String a = vm.addPart(kind("service"), 300, 300).orElseThrow();
        String b = vm.addPart(kind("service"), 300, 300).orElseThrow();
        assertThat(vm.design().requireComponent(b).x()).isNotEqualTo(vm.design().requireComponent(a).x());
    }

    @Test
    void aWholeDragIsOneUndoStepAndMovesEverySelectedPart() {
        String a = vm.addPart(kind("service"), 100, 100).orElseThrow();
        String b = vm.addPart(kind("cache"), 400, 100).orElseThrow();
        vm.selectAll();
        double ax = vm.design().requireComponent(a).x();
        double bx = vm.design().requireComponent(b).x();
        vm.startMove(a);
        vm.moveBy(13, 0, true);
        vm.moveBy(27, 0, true);
        vm.moveBy(41, 0, true);
        vm.endMove();
        assertThat(vm.design().requireComponent(a).x()).isEqualTo(ax + 40);
        assertThat(vm.design().requireComponent(b).x()).isEqualTo(bx + 40);
        assertThat(vm.stack().undoCount()).isEqualTo(3);
        vm.undo();
        assertThat(vm.design().requireComponent(a).x()).isEqualTo(ax);
        assertThat(vm.design().requireComponent(b).x()).isEqualTo(bx);
    }

    @Test
    void quickArrowNudgesMergeButSlowOnesDoNot() {
        String a = vm.addPart(kind("service"), 100, 100).orElseThrow();
        int before = vm.stack().undoCount();
        double x = vm.design().requireComponent(a).x();
        vm.nudge(20, 0, 1000);
        vm.nudge(20, 0, 1200);
        assertThat(vm.stack().undoCount()).isEqualTo(before + 1);
        vm.nudge(0, 20, 5000);
        assertThat(vm.stack().undoCount()).isEqualTo(before + 2);
        assertThat(vm.design().requireComponent(a).x()).isEqualTo(x + 40);
    }

    @Test
    void clickSelectsAndShiftClickToggles() {
        String a = vm.addPart(kind("service"), 100, 100).orElseThrow();
        String b = vm.addPart(kind("cache"), 400, 100).orElseThrow();
        vm.clickPart(a, false);
        vm.clickPart(b, true);
        assertThat(vm.selection().parts()).containsExactly(a, b);
        vm.clickPart(a, true);
        assertThat(vm.selection().parts()).containsExactly(b);
        vm.clickPart(a, false);
        assertThat(vm.selection().parts()).containsExactly(a);
    }

    @Test
    void rubberBandSelectsTouchedPartsAndTheLinksAmongThem() {
        String a = vm.addPart(kind("service"), 100, 100).orElseThrow();
        String b = vm.addPart(kind("cache"), 400, 100).orElseThrow();
        String c = vm.addPart(kind("database"), 100, 600).orElseThrow();
        vm.connect(a, b);
        vm.connect(a, c);
        vm.selectArea(new BoundingBox(0, 0, 600, 200), false);
        assertThat(vm.selection().parts()).containsExactlyInAnyOrder(a, b);
        assertThat(vm.selection().links()).containsExactly(Link.idOf(a, b));
    }

    @Test
    void connectRefusesSelfLinksDuplicatesClientsAsReceiversAndBlobStorageAsSender() {
        String client = vm.addPart(kind("client"), 100, 100).orElseThrow();
        String svc = vm.addPart(kind("service"), 400, 100).orElseThrow();
        String blob = vm.addPart(kind("blob-storage"), 700, 100).orElseThrow();
        assertThat(vm.connect(svc, svc)).hasValueSatisfying(r -> assertThat(r).contains("itself"));
        assertThat(vm.connect(svc, client)).hasValueSatisfying(r -> assertThat(r).contains("cannot receive"));
        assertThat(vm.connect(blob, svc)).hasValueSatisfying(r -> assertThat(r).contains("cannot call"));
        assertThat(vm.connect(client, svc)).isEmpty();
        assertThat(vm.selection().links()).containsExactly(Link.idOf(client, svc));
        assertThat(vm.connect(client, svc)).hasValueSatisfying(r -> assertThat(r).contains("already"));
        assertThat(vm.messageProperty().get()).contains("already");
        assertThat(vm.design().links()).hasSize(1);
    }

    @Test
    void connectSelectedLinksTheFirstSelectedPartToTheSecond() {
        String a = vm.addPart(kind("service"), 100, 100).orElseThrow();
        String b = vm.addPart(kind("database"), 400, 100).orElseThrow();
        vm.clickPart(a, false);
        assertThat(vm.connectSelected()).isPresent();
        vm.clickPart(b, true);
        assertThat(vm.connectSelected()).isEmpty();
        assertThat(vm.design().link(Link.idOf(a, b))).isPresent();
    }

    @Test
    void deleteRemovesPartsWithTheirLinksAsOneStepAndUndoRestoresThem() {
        String a = vm.addPart(kind("service"), 100, 100).orElseThrow();
        String b = vm.addPart(kind("database"), 400, 100).orElseThrow();
        vm.connect(a, b);
        vm.clickPart(b, false);
        vm.deleteSelection();
        assertThat(vm.design().components()).hasSize(1);
        assertThat(vm.design().links()).isEmpty();
        assertThat(vm.undoTextProperty().get()).startsWith("Undo Delete");
        vm.undo();
        assertThat(vm.design().links()).hasSize(1);
        vm.redo();
        assertThat(vm.design().links()).isEmpty();
    }

    @Test
    void renameRefusesABlankNameAndKeepsTheOldOne() {
        String a = vm.addPart(kind("service"), 100, 100).orElseThrow();
        assertThat(vm.rename(a, "  ")).isPresent();
        assertThat(vm.design().requireComponent(a).name()).isEqualTo(a);
        assertThat(vm.rename(a, "Checkout")).isEmpty();
        assertThat(vm.design().requireComponent(a).name()).isEqualTo("Checkout");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Rename service to Checkout");
    }

    @Test
    void problemsFollowTheDesign() {
        String lb = vm.addPart(kind("load-balancer"), 100, 100).orElseThrow();
        assertThat(vm.problemsProperty().get()).extracting(p -> p.code()).contains("no-clients");
        String client = vm.addPart(kind("client"), 100, 400).orElseThrow();
        vm.connect(client, lb);
        assertThat(vm.problemsProperty().get()).extracting(p -> p.code()).contains("lb-one-backend")
                .doesNotContain("no-clients");
    }

    @Test
    void undoOfAnAddDropsThePartFromTheSelection() {
        String a = vm.addPart(kind("service"), 100, 100).orElseThrow();
        vm.selectAll();
        assertThat(vm.selection().parts()).containsExactly(a);
        vm.undo();
        assertThat(vm.selection()).isEqualTo(Selection.EMPTY);
        assertThat(List.of(vm.canRedoProperty().get(), vm.canUndoProperty().get())).containsExactly(true, false);
    }
}
