package org.archsim.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;

class CompositeCommandTest {

    private final Design d = SampleDesigns.shop();
    private final Design original = d.copy();

    @Test
    void runsInOrderAndUndoesInReverse() {
        List<String> log = new ArrayList<>();
        d.addListener(ch -> log.add(ch.type() + " " + ch.id()));
        CompositeCommand c = new CompositeCommand("Tidy up",
                List.of(Move.to("app", 1, 1), new Rename("app", "API"), Move.to("app", 2, 2)));
        c.execute(d);
        assertThat(log).containsExactly("MOVED app", "RENAMED app", "MOVED app");
        log.clear();
        c.undo(d);
        assertThat(log).containsExactly("MOVED app", "RENAMED app", "MOVED app");
        assertThat(d.sameContent(original)).isTrue();
        assertThat(c.label()).isEqualTo("Tidy up");
    }

    @Test
    void aRefusedPartRollsBackTheOthers() {
        CompositeCommand c = new CompositeCommand("Broken",
                List.of(new RemoveComponent("db"), Move.to("app", 9, 9), new SetParam("app", "workers", -3)));
        assertThatThrownBy(() -> c.execute(d)).isInstanceOf(EditRefusedException.class);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void isAChangeWhenAnyPartIs() {
        CompositeCommand none = new CompositeCommand("Nothing", List.of(Move.to("app", 200, 0)));
        none.execute(d);
        assertThat(none.isChange()).isFalse();
        CompositeCommand some = new CompositeCommand("Some", List.of(Move.to("app", 200, 0), Move.to("db", 0, 0)));
        some.execute(d);
        assertThat(some.isChange()).isTrue();
    }

    @Test
    void deleteSelectionRemovesPartsLinksAndExtraLinksAndRestoresOrder() {
        CompositeCommand del = CompositeCommand.deleteSelection(d, List.of("db", "app"), List.of("users->lb", "app->db"));
        assertThat(del.label()).isEqualTo("Delete 2 parts and 1 link");
        del.execute(d);
        assertThat(d.components()).extracting(Component::id).containsExactly("users", "lb", "cache");
        assertThat(d.links()).isEmpty();
        del.undo(d);
        assertThat(d.sameContent(original)).isTrue();
        assertThat(d.links()).extracting(Link::id).containsExactly("users->lb", "lb->app", "app->db", "app->cache");
        del.execute(d);
        del.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void deleteSelectionLabels() {
        assertThat(CompositeCommand.deleteSelection(d, List.of("db"), List.of()).label()).isEqualTo("Delete Orders DB");
        assertThat(CompositeCommand.deleteSelection(d, List.of(), List.of("lb->app")).label())
                .isEqualTo("Delete link lb → app");
        assertThat(CompositeCommand.deleteSelection(d, List.of(), List.of("lb->app", "app->db")).label())
                .isEqualTo("Delete 2 links");
        assertThat(CompositeCommand.deleteSelection(d, List.of("db"), List.of("app->db")).label())
                .as("a link that goes with its part is not counted").isEqualTo("Delete Orders DB");
        assertThatThrownBy(() -> CompositeCommand.deleteSelection(d, List.of("ghost"), List.of()))
                .isInstanceOf(EditRefusedException.class);
    }

    @Test
    void pasteAddsShiftedCopiesWithFreshIdsAndRemappedLinks() {
        ClipboardContent clip = ClipboardContent.of(d, List.of("db", "app"));
        assertThat(clip.parts()).extracting(Component::id).containsExactly("app", "db");
        assertThat(clip.links()).extracting(Link::id).containsExactly("app->db");

        CompositeCommand paste = CompositeCommand.paste(d, clip, 20, 30);
        assertThat(paste.label()).isEqualTo("Paste 2 parts");
        paste.execute(d);
        Component app2 = d.requireComponent("app-2");
        assertThat(app2.x()).isEqualTo(220);
        assertThat(app2.y()).isEqualTo(30);
        assertThat(app2.name()).isEqualTo("app-2");
        assertThat(app2.intParam("workers")).isEqualTo(4);
        Component db2 = d.requireComponent("db-2");
        assertThat(db2.name()).isEqualTo("Orders DB");
        assertThat(d.requireLink("app-2->db-2").doubleParam("timeoutMs")).isEqualTo(250.0);
        assertThat(d.components()).hasSize(7);
        assertThat(d.links()).hasSize(5);
        paste.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void pastingTwiceAndPastingNumberedCopiesNeverCollides() {
        ClipboardContent clip = ClipboardContent.of(d, List.of("app"));
        CompositeCommand.paste(d, clip, 10, 10).execute(d);
        CompositeCommand.paste(d, clip, 10, 10).execute(d);
        assertThat(d.component("app-3")).isPresent();
        ClipboardContent numbered = ClipboardContent.of(d, List.of("app", "app-2", "app-3"));
        CompositeCommand p = CompositeCommand.paste(d, numbered, 0, 50);
        p.execute(d);
        assertThat(d.components()).extracting(Component::id).contains("app-4", "app-5", "app-6");
    }

    @Test
    void clipboardIsDetachedFromLaterEdits() {
        ClipboardContent clip = ClipboardContent.of(d, List.of("app"));
        d.setParam("app", "workers", 9);
        assertThat(clip.parts().get(0).intParam("workers")).isEqualTo(4);
        assertThatThrownBy(() -> new ClipboardContent(List.of(d.requireComponent("app")), List.of(new Link("app", "db"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pasteRefusedAtExecuteTimeLeavesTheDesignUnchanged() {
        CompositeCommand paste = CompositeCommand.paste(d, ClipboardContent.of(d, List.of("app", "db")), 0, 0);
        d.addComponent(d.requireComponent("db").copyAs("db-2"));
        Design before = d.copy();
        assertThatThrownBy(() -> paste.execute(d)).isInstanceOf(EditRefusedException.class);
        assertThat(d.sameContent(before)).isTrue();
    }
}
