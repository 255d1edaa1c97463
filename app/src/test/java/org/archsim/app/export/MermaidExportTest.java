package org.archsim.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;

/** Reads exported Mermaid text: a {@code flowchart LR} naming every part and every link, shapes by kind. */
class MermaidExportTest {

    @Test
    void namesEveryPartAndLink() {
        for (var f : Fixtures.exampleFiles()) {
            Design d = Fixtures.example(f.getFileName().toString().replace(".archsim.json", ""));
            String text = MermaidExport.mermaid(d, Theme.LIGHT, Set.of());
            assertThat(text.lines().filter(l -> !l.startsWith("%%")).findFirst()).contains("flowchart LR");
            Map<String, String> ids = MermaidExport.nodeIds(d.components());
            for (Component c : d.components()) {
                assertThat(text).contains("  " + ids.get(c.id()) + MermaidExport.SHAPES.get(c.kind().id())[0] + "\""
                        + c.name() + "<br/>");
            }
            for (Link l : d.links()) {
                assertThat(text).containsPattern("(?m)^  " + ids.get(l.from()) + " -->(\\|\"[^\"]*\"\\|)? "
                        + ids.get(l.to()) + "$");
            }
            assertThat(text.lines().filter(l -> l.contains("-->"))).hasSize(d.links().size());
        }
    }

    @Test
    void shapesByKind() {
        String text = MermaidExport.mermaid(Fixtures.small(), Theme.LIGHT, Set.of());
        assertThat(text).contains("users([\"users<br/><small>Clients</small>\"])");
        assertThat(text).contains("db[(\"db<br/><small>Database</small>\")]");
        assertThat(text).contains("app[\"App server<br/>");
    }

    @Test
    void idsAreSanitisedAndLabelsEscaped() {
        Catalog cat = Catalog.standard();
        Design d = new Design("Odd");
        d.addComponent(new Component("end", cat.require("service"), 0, 0));
        d.addComponent(new Component("2nd-db", cat.require("database"), 200, 0));
        d.addComponent(new Component("2nd_db", cat.require("cache"), 400, 0));
        d.rename("end", "Say \"hi\" <b>");
        d.connect(new Link("end", "2nd-db"));
        String text = MermaidExport.mermaid(d, Theme.LIGHT, Set.of());
        assertThat(text).contains("n_end[\"Say #quot;hi#quot; #lt;b#gt;<br/>");
        assertThat(text).contains("  n_2nd_db[(").contains("  n_2nd_db_2[[");
        assertThat(text).contains("  n_end --> n_2nd_db\n");
    }
}
