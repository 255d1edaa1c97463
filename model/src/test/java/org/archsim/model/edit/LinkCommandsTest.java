package org.archsim.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.archsim.model.Design;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;

class LinkCommandsTest {

    private final Design d = SampleDesigns.shop();
    private final Design original = d.copy();

    @Test
    void connectAddsALinkAndUndoRemovesIt() {
        Connect c = new Connect("cache", "db");
        c.execute(d);
        assertThat(d.links()).last().extracting(Link::id).isEqualTo("cache->db");
        assertThat(c.label()).isEqualTo("Connect cache to Orders DB");
        c.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void connectRefusesWhatTheDesignRefusesBeforeChangingAnything() {
        assertThatThrownBy(() -> new Connect("app", "app").execute(d)).isInstanceOf(EditRefusedException.class)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> new Connect("app", "db").execute(d)).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("already links");
        assertThatThrownBy(() -> new Connect("app", "ghost").execute(d)).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("ghost");
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void disconnectRestoresTheLinkAtItsPlaceWithItsValues() {
        Disconnect c = Disconnect.between("app", "db");
        c.execute(d);
        assertThat(d.link("app->db")).isEmpty();
        assertThat(c.label()).isEqualTo("Disconnect app from Orders DB");
        c.undo(d);
        assertThat(d.sameContent(original)).isTrue();
        assertThat(d.indexOfLink("app->db")).isEqualTo(2);
    }

    @Test
    void disconnectRefusesAMissingLink() {
        assertThatThrownBy(() -> new Disconnect("db->app").execute(d)).isInstanceOf(EditRefusedException.class);
    }

    @Test
    void setLinkParamValidatesWithTheSpec() {
        SetLinkParam ok = new SetLinkParam("app->cache", "retries", 3L);
        ok.execute(d);
        assertThat(d.requireLink("app->cache").explicitParams()).containsEntry("retries", 3);
        assertThat(ok.label()).isEqualTo("Set retries of app → cache");
        ok.undo(d);
        assertThat(d.sameContent(original)).isTrue();

        assertThatThrownBy(() -> new SetLinkParam("app->cache", "lossRate", 1.5).execute(d))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("lossRate of app → cache must be ≤ 1, was 1.5.")
                .extracting(e -> ((EditRefusedException) e).reason()).isEqualTo("must be ≤ 1, was 1.5");
        assertThatThrownBy(() -> new SetLinkParam("app->cache", "requestType", "delete").execute(d))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("must be one of any, read, write");
        assertThatThrownBy(() -> new SetLinkParam("app->cache", "workers", 3).execute(d))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("no parameter");
        assertThatThrownBy(() -> new SetLinkParam("db->app", "retries", 3).execute(d))
                .isInstanceOf(EditRefusedException.class);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void setLinkParamNullResetsToTheDefault() {
        SetLinkParam reset = new SetLinkParam("app->db", "timeoutMs", null);
        reset.execute(d);
        assertThat(d.requireLink("app->db").explicitParams()).doesNotContainKey("timeoutMs");
        assertThat(reset.label()).isEqualTo("Reset timeoutMs of app → Orders DB");
        reset.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }
}
