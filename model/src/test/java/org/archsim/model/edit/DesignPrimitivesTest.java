package org.archsim.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link Design}'s primitive mutators that the commands' undo relies on. */
class DesignPrimitivesTest {

    private final Design d = SampleDesigns.shop();
    private final Design original = d.copy();

    @Test
    void aBadInsertionIndexChangesNothing() {
        Component extra = new Component("extra", Catalog.standard().require("cache"), 0, 0);
        assertThatThrownBy(() -> d.addComponent(extra, 99)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> d.connect(new Link("cache", "db"), -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(d.sameContent(original)).isTrue();
        assertThat(d.graph().vertexSet()).hasSize(5);
        assertThat(d.graph().edgeSet()).hasSize(4);
    }

    @Test
    void insertionAtAnIndexRestoresDocumentOrder() {
        Link l = d.disconnect("lb->app");
        d.connect(l, 1);
        d.disconnect("app->cache");
        Component c = d.removeComponent("cache");
        d.addComponent(c, 4);
        d.connect(new Link("app", "cache"));
        assertThat(d.sameContent(original)).isTrue();
    }
}
