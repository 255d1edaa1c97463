package org.archsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {

    private static Component part(String id, String kind) {
        return new Component(id, Catalog.standard().require(kind), 10, 20);
    }

    @Test
    void keepsDocumentOrderAndFiresOneEventPerChange() {
        Design d = new Design("d");
        List<DesignChange> seen = new ArrayList<>();
        d.addListener(seen::add);
        d.addComponent(part("b", "service"));
        d.addComponent(part("a", "client"), 0);
        d.connect(new Link("a", "b"));
        d.setParam("b", "workers", 4L);
        d.move("b", 5, 6);
        assertThat(d.components()).extracting(Component::id).containsExactly("a", "b");
        assertThat(d.requireComponent("b").param("workers")).isEqualTo(4);
        assertThat(d.requireComponent("b").param("serviceTimeMs")).isEqualTo(20.0);
        assertThat(seen).extracting(DesignChange::type).containsExactly(DesignChange.Type.COMPONENT_ADDED,
                DesignChange.Type.COMPONENT_ADDED, DesignChange.Type.LINK_ADDED, DesignChange.Type.PARAM_CHANGED,
                DesignChange.Type.MOVED);
        assertThat(d.graph().containsEdge(d.requireComponent("a"), d.requireComponent("b"))).isTrue();
    }

    @Test
    void refusesBrokenStructure() {
        Design d = new Design("d");
        d.addComponent(part("a", "client"));
        d.addComponent(part("b", "service"));
        d.connect(new Link("a", "b"));
        assertThatThrownBy(() -> d.addComponent(part("a", "service"))).hasMessageContaining("already exists");
        assertThatThrownBy(() -> d.connect(new Link("a", "b"))).hasMessageContaining("already links");
        assertThatThrownBy(() -> d.connect(new Link("b", "b"))).hasMessageContaining("itself");
        assertThatThrownBy(() -> d.connect(new Link("a", "zz"))).hasMessageContaining("no part \"zz\"");
        assertThatThrownBy(() -> d.removeComponent("a")).hasMessageContaining("still has links");
        assertThatThrownBy(() -> d.setParam("b", "nope", 1)).hasMessageContaining("no parameter \"nope\"");
        assertThatThrownBy(() -> d.setParam("b", "workers", "many")).hasMessageContaining("must be integer");
        assertThat(d.links()).hasSize(1);
    }

    @Test
    void graphViewIsReadOnlyAndIdentityIsTheId() {
        Design d = new Design("d");
        Component a = part("a", "client");
        d.addComponent(a);
        assertThatThrownBy(() -> d.graph().addVertex(part("x", "service"))).isInstanceOf(UnsupportedOperationException.class);
        d.rename("a", "Users");
        assertThat(a).isEqualTo(part("a", "service")).hasSameHashCodeAs(part("a", "cache"));
        assertThat(d.graph().containsVertex(a)).isTrue();
    }

    @Test
    void copyHasTheSameContentAndIsDetached() {
        Design d = new Design("d");
        d.addComponent(part("a", "client"));
        d.addComponent(part("b", "service"));
        d.connect(new Link("a", "b"));
        d.setLinkParam("a->b", "latencyMs", 3);
        Design copy = d.copy();
        assertThat(copy.sameContent(d)).isTrue();
        copy.move("b", 99, 99);
        assertThat(copy.sameContent(d)).isFalse();
        assertThat(d.requireComponent("b").x()).isEqualTo(10);
        assertThat(d.freshId("b")).isEqualTo("b-2");
    }
}
