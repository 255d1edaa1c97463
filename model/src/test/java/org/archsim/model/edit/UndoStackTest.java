package org.archsim.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.archsim.model.Design;
import org.archsim.model.DesignChange;
import org.junit.jupiter.api.Test;

class UndoStackTest {

    private final Design d = SampleDesigns.shop();
    private final Design original = d.copy();
    private final UndoStack stack = new UndoStack(d);

    private void drag(Gesture g, String... ids) {
        for (int i = 0; i < 50; i++) {
            stack.execute(Move.by(d, List.of(ids), 1, 2, g));
        }
    }

    @Test
    void aDragOfFiftyMovesIsOneStep() {
        drag(Gesture.begin("drag"), "app", "db", "cache");
        assertThat(stack.undoCount()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Move 3 parts");
        assertThat(d.requireComponent("app").x()).isEqualTo(250);
        stack.undo();
        assertThat(d.sameContent(original)).isTrue();
        stack.redo();
        assertThat(d.requireComponent("app").y()).isEqualTo(100);
    }

    @Test
    void twoDragsAreTwoStepsAndADifferentPartSetDoesNotMerge() {
        drag(Gesture.begin(), "app");
        drag(Gesture.begin(), "app");
        assertThat(stack.undoCount()).isEqualTo(2);
        Gesture g = Gesture.begin();
        stack.execute(Move.by(d, List.of("app"), 1, 1, g));
        stack.execute(Move.by(d, List.of("app", "db"), 1, 1, g));
        assertThat(stack.undoCount()).isEqualTo(4);
        stack.execute(Move.by(d, List.of("db"), 1, 1, null));
        stack.execute(Move.by(d, List.of("db"), 1, 1, null));
        assertThat(stack.undoCount()).as("moves without a gesture never merge").isEqualTo(6);
    }

    @Test
    void aDragBackToTheStartLeavesNoStep() {
        Gesture g = Gesture.begin();
        stack.execute(Move.by(d, List.of("app"), 10, 0, g));
        stack.execute(Move.by(d, List.of("app"), -10, 0, g));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void sliderChangesMergeIntoOneStep() {
        Gesture slider = Gesture.begin("slider");
        for (int w = 5; w <= 40; w++) {
            stack.execute(new SetParam("app", "workers", w, slider));
        }
        stack.execute(new SetParam("app", "workers", 41, Gesture.begin("slider")));
        assertThat(stack.undoCount()).isEqualTo(2);
        assertThat(stack.undoLabel()).contains("Set workers of app");
        stack.undo();
        assertThat(d.requireComponent("app").intParam("workers")).isEqualTo(40);
        stack.undo();
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void noOpsAreDroppedAndKeepTheRedoHistory() {
        stack.execute(Move.to("app", 5, 5));
        stack.undo();
        stack.execute(Move.to("app", 200, 0));
        stack.execute(new SetParam("app", "workers", 4));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.redoLabel()).contains("Move app");
    }

    @Test
    void labelsAndRedoClearing() {
        assertThat(stack.undoLabel()).isEmpty();
        assertThat(stack.redoLabel()).isEmpty();
        assertThat(stack.undo()).isFalse();
        assertThat(stack.redo()).isFalse();
        stack.execute(new Connect("cache", "db"));
        stack.execute(new Rename("app", "API"));
        assertThat(stack.undoLabel()).contains("Rename app to API");
        stack.undo();
        assertThat(stack.undoLabel()).contains("Connect cache to Orders DB");
        assertThat(stack.redoLabel()).contains("Rename app to API");
        stack.execute(new RenameDesign("webshop"));
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.undoCount()).isEqualTo(2);
    }

    @Test
    void dirtyMarkFollowsThePosition() {
        assertThat(stack.isDirty()).isFalse();
        stack.execute(Move.to("app", 1, 1));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).as("saving then undoing").isTrue();
        stack.redo();
        assertThat(stack.isDirty()).as("back at the saved point").isFalse();
        stack.execute(Move.to("db", 1, 1));
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        stack.execute(Move.to("lb", 1, 1));
        assertThat(stack.isDirty()).as("the redo step leading to the save is gone").isTrue();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void aMergeIntoTheSavedStepMakesItDirty() {
        Gesture slider = Gesture.begin();
        stack.execute(new SetParam("app", "workers", 5, slider));
        stack.markSaved();
        stack.execute(new SetParam("app", "workers", 6, slider));
        assertThat(stack.undoCount()).isEqualTo(1);
        assertThat(stack.isDirty()).isTrue();
        stack.execute(new SetParam("app", "workers", 5, slider));
        assertThat(stack.isDirty()).as("same content, but the saved position is gone").isTrue();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void depthLimitDropsTheOldestSteps() {
        UndoStack small = new UndoStack(d, 3);
        for (int i = 1; i <= 5; i++) {
            small.execute(Move.to("app", i, i));
        }
        assertThat(small.undoCount()).isEqualTo(3);
        while (small.undo()) {
            // undo all that is kept
        }
        assertThat(d.requireComponent("app").x()).isEqualTo(2);
        assertThat(small.isDirty()).as("the saved start was dropped").isTrue();
        assertThatThrownBy(() -> new UndoStack(d, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listenersHearEveryStackChange() {
        List<String> heard = new ArrayList<>();
        stack.addListener(s -> heard.add(s.undoLabel().orElse("-") + "/" + s.isDirty()));
        stack.execute(Move.to("app", 1, 1));
        stack.execute(Move.to("app", 1, 1));
        stack.undo();
        stack.redo();
        stack.markSaved();
        assertThat(heard).containsExactly("Move app/true", "-/false", "Move app/true", "Move app/false");
    }

    @Test
    void editsFromADesignListenerAreRefusedAndLeaveTheStackUnchanged() {
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        d.addListener(change -> {
            if (change.type() == DesignChange.Type.MOVED && refused.get() == null) {
                try {
                    stack.execute(new Rename("app", "sneaky"));
                } catch (IllegalStateException e) {
                    refused.set(e);
                }
                try {
                    stack.undo();
                } catch (IllegalStateException e) {
                    refused.get().addSuppressed(e);
                }
            }
        });
        stack.execute(new Connect("cache", "db"));
        stack.execute(Move.to("app", 1, 1));
        assertThat(refused.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("Move app");
        assertThat(refused.get().getSuppressed()).hasSize(1);
        assertThat(d.requireComponent("app").name()).isEqualTo("app");
        assertThat(stack.undoCount()).isEqualTo(2);
        assertThat(stack.undoLabel()).contains("Move app");
        assertThat(stack.isBusy()).isFalse();
    }

    @Test
    void editsFromAStackListenerAreRefused() {
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        stack.addListener(s -> {
            try {
                s.execute(new Rename("app", "sneaky"));
            } catch (IllegalStateException e) {
                refused.set(e);
            }
        });
        stack.execute(Move.to("app", 1, 1));
        assertThat(refused.get()).isNotNull();
        assertThat(stack.undoCount()).isEqualTo(1);
    }

    @Test
    void aFailingCommandLeavesStackAndDesignUnchanged() {
        stack.execute(Move.to("app", 1, 1));
        stack.markSaved();
        stack.execute(Move.to("db", 1, 1));
        stack.undo();
        Design before = d.copy();
        assertThatThrownBy(() -> stack.execute(new SetParam("app", "workers", 0)))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("must be ≥ 1");
        assertThatThrownBy(() -> stack.execute(
                new CompositeCommand("Bad", List.of(new RemoveComponent("app"), new Connect("x", "y")))))
                .isInstanceOf(EditRefusedException.class);
        assertThat(d.sameContent(before)).isTrue();
        assertThat(stack.undoCount()).isEqualTo(1);
        assertThat(stack.redoLabel()).contains("Move Orders DB");
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.isBusy()).isFalse();
    }

    @Test
    void deleteSelectionThroughTheStackRestoresLinksAndOrder() {
        stack.execute(CompositeCommand.deleteSelection(d, List.of("lb", "cache"), List.of("app->db")));
        assertThat(stack.undoLabel()).contains("Delete 2 parts and 1 link");
        assertThat(d.links()).isEmpty();
        stack.undo();
        assertThat(d.sameContent(original)).isTrue();
        stack.redo();
        stack.undo();
        assertThat(d.sameContent(original)).isTrue();
        assertThat(stack.isDirty()).isFalse();
    }
}
