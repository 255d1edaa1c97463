package org.archsim.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Parses exported draw.io XML: one vertex per part (label, geometry), one edge per link (source, target). */
class DrawioExportTest {

    @Test
    void oneVertexPerPartAndOneEdgePerLink() throws Exception {
        for (var f : Fixtures.exampleFiles()) {
            Design d = Fixtures.example(f.getFileName().toString().replace(".archsim.json", ""));
            Document doc = Xml.parse(DrawioExport.drawio(d, Theme.LIGHT, Set.of()));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("mxfile");
            assertThat(Xml.elements(doc, "mxGraphModel")).hasSize(1);
            List<Element> cells = Xml.elements(doc, "mxCell");
            Map<String, Element> vertices = cells.stream().filter(c -> c.getAttribute("vertex").equals("1"))
                    .collect(Collectors.toMap(c -> c.getAttribute("id"), c -> c));
            List<Element> edges = cells.stream().filter(c -> c.getAttribute("edge").equals("1")).toList();
            assertThat(vertices).hasSize(d.components().size());
            assertThat(edges).hasSize(d.links().size());
            for (Component c : d.components()) {
                Element v = vertices.get(DrawioExport.vertexId(c.id()));
                assertThat(v).as(c.id()).isNotNull();
                assertThat(v.getAttribute("value")).startsWith(c.name().replace("&", "&amp;"));
                assertThat(v.getAttribute("parent")).isEqualTo("1");
                Element geo = (Element) v.getElementsByTagName("mxGeometry").item(0);
                assertThat(Double.parseDouble(geo.getAttribute("x"))).isEqualTo(c.x());
                assertThat(Double.parseDouble(geo.getAttribute("y"))).isEqualTo(c.y());
            }
            for (Link l : d.links()) {
                assertThat(edges).as(l.id()).anySatisfy(e -> {
                    assertThat(e.getAttribute("source")).isEqualTo(DrawioExport.vertexId(l.from()));
                    assertThat(e.getAttribute("target")).isEqualTo(DrawioExport.vertexId(l.to()));
                });
            }
            // Cell 0 is the root and cell 1 the default layer, as draw.io expects.
            assertThat(cells.get(0).getAttribute("id")).isEqualTo("0");
            assertThat(cells.get(1).getAttribute("parent")).isEqualTo("0");
        }
    }

    @Test
    void stylesFollowTheKind() throws Exception {
        Document doc = Xml.parse(DrawioExport.drawio(Fixtures.small(), Theme.LIGHT, Set.of()));
        Map<String, String> style = Xml.elements(doc, "mxCell").stream().filter(c -> c.hasAttribute("style"))
                .collect(Collectors.toMap(c -> c.getAttribute("id"), c -> c.getAttribute("style")));
        assertThat(style.get("part-db")).contains("shape=cylinder3");
        assertThat(style.get("part-users")).contains("arcSize=50");
    }

    @Test
    void selectionKeepsOnlyItsPartsAndTheLinksBetweenThem() throws Exception {
        Document doc = Xml.parse(DrawioExport.drawio(Fixtures.small(), Theme.DARK, Set.of("app", "db")));
        List<Element> cells = Xml.elements(doc, "mxCell");
        assertThat(cells.stream().filter(c -> c.getAttribute("vertex").equals("1"))).hasSize(2);
        assertThat(cells.stream().filter(c -> c.getAttribute("edge").equals("1"))).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("source")).isEqualTo("part-app"));
    }
}
