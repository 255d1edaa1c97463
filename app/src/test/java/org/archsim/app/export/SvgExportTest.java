package org.archsim.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Parses exported SVG: well-formed, the diagram's size, one group per part and link, names as text, no bitmaps. */
class SvgExportTest {

    @Test
    void everyExampleIsWellFormedWithAGroupPerPartAndItsNamesAsText() throws Exception {
        for (var f : Fixtures.exampleFiles()) {
            String stem = f.getFileName().toString().replace(".archsim.json", "");
            Design d = Fixtures.example(stem);
            Document doc = Xml.parse(SvgExport.svg(d, RenderOptions.defaults()));
            Element root = doc.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            DiagramRenderer r = new DiagramRenderer(d, RenderOptions.defaults());
            assertThat(Double.parseDouble(root.getAttribute("width").replace("px", ""))).isEqualTo(r.width());
            assertThat(Double.parseDouble(root.getAttribute("height").replace("px", ""))).isEqualTo(r.height());

            List<Element> groups = Xml.elements(doc, "g");
            List<Element> parts = groups.stream().filter(g -> g.getAttribute("class").startsWith("part ")).toList();
            assertThat(parts).as(stem).hasSize(d.components().size());
            for (Component c : d.components()) {
                Element g = parts.stream().filter(p -> p.getAttribute("id").equals("part-" + c.id())).findFirst()
                        .orElseThrow(() -> new AssertionError("no group part-" + c.id()));
                assertThat(g.getAttribute("class")).isEqualTo("part kind-" + c.kind().id());
                String text = String.join(" ", Xml.elements(doc, "text").stream()
                        .filter(t -> isInside(t, g)).map(Element::getTextContent).toList());
                // Long names wrap onto two lines: every word is in the part's own group.
                for (String word : c.name().split(" ")) {
                    assertThat(text).as(c.id()).contains(word.length() > 12 ? word.substring(0, 6) : word);
                }
                assertThat(text).as(c.id()).contains(c.kind().displayName());
            }
            assertThat(groups.stream().filter(g -> g.getAttribute("class").equals("link"))).hasSize(d.links().size());
            assertThat(Xml.elements(doc, "image")).as("no embedded bitmaps").isEmpty();
            assertThat(Xml.elements(doc, "path")).as("vector shapes").isNotEmpty();
        }
    }

    @Test
    void groupIdsAreUniqueAndSafeForStrangePartIds() {
        assertThat(DiagramRenderer.groupId("part", "a b/c\"d")).isEqualTo("part-a_b_c_d");
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (var n = e.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
