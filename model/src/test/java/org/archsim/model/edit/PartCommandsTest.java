package org.archsim.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;

class PartCommandsTest {

    private final Design d = SampleDesigns.shop();
    private final Design original = d.copy();

    private void executeAndUndo(Command c) {
        c.execute(d);
        assertThat(c.isChange()).isTrue();
        c.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void addComponentAddsACopyAtTheEndAndUndoRemovesIt() {
        Component template = new Component("api", Catalog.standard().require("api-gateway"), 50, 60);
        AddComponent add = new AddComponent(template);
        add.execute(d);
        assertThat(d.components()).last().extracting(Component::id).isEqualTo("api");
        assertThat(d.requireComponent("api")).isNotSameAs(template);
        assertThat(add.label()).isEqualTo("Add api");
        add.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void addComponentOfKindPicksAFreshId() {
        AddComponent add = AddComponent.of(d, Catalog.standard().require("service"), 5, 5);
        assertThat(add.partId()).isEqualTo("service");
        add.execute(d);
        assertThat(AddComponent.of(d, Catalog.standard().require("service"), 5, 5).partId()).isEqualTo("service-2");
    }

    @Test
    void addComponentRefusesADuplicateId() {
        AddComponent add = new AddComponent(new Component("app", Catalog.standard().require("cache"), 0, 0));
        assertThatThrownBy(() -> add.execute(d)).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("already exists");
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void removeComponentTakesItsLinksAndUndoRestoresOrderAndValues() {
        RemoveComponent rm = new RemoveComponent("app");
        rm.execute(d);
        assertThat(d.component("app")).isEmpty();
        assertThat(d.links()).extracting(l -> l.id()).containsExactly("users->lb");
        assertThat(rm.label()).isEqualTo("Delete app");
        rm.undo(d);
        assertThat(d.sameContent(original)).isTrue();
        assertThat(d.requireLink("app->db").doubleParam("timeoutMs")).isEqualTo(250.0);
    }

    @Test
    void removeComponentRefusesAMissingPart() {
        assertThatThrownBy(() -> new RemoveComponent("nope").execute(d)).isInstanceOf(EditRefusedException.class)
                .hasMessage("There is no part \"nope\".");
    }

    @Test
    void moveOneAndManyParts() {
        Move one = Move.to("app", 10, 20);
        one.execute(d);
        assertThat(d.requireComponent("app").x()).isEqualTo(10);
        assertThat(one.label()).isEqualTo("Move app");
        one.undo(d);
        assertThat(d.sameContent(original)).isTrue();

        Move many = Move.by(d, List.of("app", "db", "cache"), 5, -5, null);
        assertThat(many.label()).isEqualTo("Move 3 parts");
        executeAndUndo(many);
    }

    @Test
    void moveToTheSamePlaceIsNoChange() {
        Move same = Move.to("app", 200, 0);
        same.execute(d);
        assertThat(same.isChange()).isFalse();
        assertThat(Move.by(d, List.of("app", "db"), 0, 0, null)).satisfies(m -> {
            m.execute(d);
            assertThat(m.isChange()).isFalse();
        });
    }

    @Test
    void moveRefusesMissingPartsAndNonFinitePositionsBeforeMovingAnything() {
        Move bad = new Move(Map.of("app", new Point(1, 1), "ghost", new Point(2, 2)));
        assertThatThrownBy(() -> bad.execute(d)).isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> Move.to("app", Double.NaN, 0).execute(d)).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("finite");
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void renamePartChangesDisplayNameOnly() {
        Rename r = new Rename("db", "  Users DB ");
        r.execute(d);
        assertThat(d.requireComponent("db").name()).isEqualTo("Users DB");
        assertThat(r.label()).isEqualTo("Rename Orders DB to Users DB");
        r.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void renameToTheSameNameIsNoChangeAndBlankIsRefused() {
        Rename same = new Rename("db", "Orders DB");
        same.execute(d);
        assertThat(same.isChange()).isFalse();
        assertThatThrownBy(() -> new Rename("db", "   ").execute(d)).isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).reason()).isEqualTo("must not be empty");
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void renameDesign() {
        RenameDesign r = new RenameDesign("webshop");
        assertThat(r.label()).isEqualTo("Rename design to webshop");
        executeAndUndo(r);
        RenameDesign same = new RenameDesign("shop");
        same.execute(d);
        assertThat(same.isChange()).isFalse();
        assertThatThrownBy(() -> new RenameDesign("").execute(d)).isInstanceOf(EditRefusedException.class);
    }
}
