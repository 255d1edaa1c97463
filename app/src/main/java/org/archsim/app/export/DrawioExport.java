package org.archsim.app.export;

import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.archsim.app.export.render.CardGeometry;
import org.archsim.app.export.render.Rgba;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * draw.io's file format ({@code .drawio}): an {@code mxfile} with one {@code diagram} holding an uncompressed
 * {@code mxGraphModel}. Cell {@code 0} is the root, cell {@code 1} the default layer; then one vertex per part (id
 * {@code part-<id>}, label = name and kind, geometry = the part's x/y and the card size, shape and colours by kind)
 * and one edge per link (id {@code link-<from>-><to>}, source and target the parts' vertices, label = the link's
 * endpoint when it has one). The mapping is documented in {@code docs/export.md}.
 */
public final class DrawioExport {

    /** draw.io style fragment per kind id; unknown kinds get a plain rounded box. */
    static final Map<String, String> SHAPES = Map.ofEntries(
            Map.entry("client", "rounded=1;arcSize=50;"),
            Map.entry("dns", "ellipse;"),
            Map.entry("cdn", "ellipse;shape=cloud;"),
            Map.entry("api-gateway", "shape=hexagon;perimeter=hexagonPerimeter2;size=0.1;"),
            Map.entry("load-balancer", "rhombus;"),
            Map.entry("service", "rounded=1;arcSize=12;"),
            Map.entry("cache", "shape=process;size=0.08;rounded=1;"),
            Map.entry("database", "shape=cylinder3;boundedLbl=1;size=10;"),
            Map.entry("queue", "shape=partialRectangle;right=0;left=0;"),
            Map.entry("worker", "shape=parallelogram;perimeter=parallelogramPerimeter;size=0.08;"),
            Map.entry("blob-storage", "shape=cylinder3;boundedLbl=1;size=6;dashed=1;"));

    private DrawioExport() {
    }

    /** The design as a {@code .drawio} document; {@code selection} empty means every part. */
    public static String drawio(Design design, Theme theme, Set<String> selection) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            Document doc = f.newDocumentBuilder().newDocument();
            Element file = doc.createElement("mxfile");
            file.setAttribute("host", "ArchSim");
            file.setAttribute("type", "device");
            doc.appendChild(file);
            Element diagram = child(file, "diagram");
            diagram.setAttribute("id", "archsim");
            diagram.setAttribute("name", design.name());
            Element model = child(diagram, "mxGraphModel");
            attrs(model, "grid", "1", "gridSize", "10", "guides", "1", "tooltips", "1", "connect", "1", "arrows", "1",
                    "fold", "1", "page", "0", "math", "0", "shadow", "0");
            if (theme != Theme.LIGHT) {
                model.setAttribute("background", theme.background().hexRgb());
            }
            Element root = child(model, "root");
            attrs(child(root, "mxCell"), "id", "0");
            attrs(child(root, "mxCell"), "id", "1", "parent", "0");
            for (Component c : design.components()) {
                if (!selection.isEmpty() && !selection.contains(c.id())) {
                    continue;
                }
                Rgba accent = theme.accent(c.kind().category());
                String style = SHAPES.getOrDefault(c.kind().id(), "rounded=1;") + "whiteSpace=wrap;html=1;"
                        + "fillColor=" + theme.cardFill().hexRgb() + ";strokeColor=" + accent.hexRgb() + ";strokeWidth=2;"
                        + "fontColor=" + theme.title().hexRgb() + ";";
                Element cell = child(root, "mxCell");
                attrs(cell, "id", vertexId(c.id()), "value", label(c, theme), "style", style, "vertex", "1",
                        "parent", "1");
                attrs(child(cell, "mxGeometry"), "x", num(c.x()), "y", num(c.y()), "width", num(CardGeometry.WIDTH),
                        "height", num(CardGeometry.HEIGHT), "as", "geometry");
            }
            for (Link l : design.links()) {
                if (!selection.isEmpty() && !(selection.contains(l.from()) && selection.contains(l.to()))) {
                    continue;
                }
                String endpoint = (String) l.explicitParams().getOrDefault("endpoint", "");
                Element cell = child(root, "mxCell");
                attrs(cell, "id", "link-" + l.id(), "value", endpoint, "style",
                        "edgeStyle=orthogonalEdgeStyle;rounded=1;html=1;endArrow=block;endFill=1;strokeColor="
                                + theme.link().hexRgb() + ";fontColor=" + theme.subtitle().hexRgb() + ";",
                        "edge", "1", "parent", "1", "source", vertexId(l.from()), "target", vertexId(l.to()));
                attrs(child(cell, "mxGeometry"), "relative", "1", "as", "geometry");
            }
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString().replaceFirst("\\?><", "?>\n<") + (out.toString().endsWith("\n") ? "" : "\n");
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write draw.io XML", e);
        }
    }

    /** The vertex id of part {@code id}. */
    public static String vertexId(String id) {
        return "part-" + id;
    }

    /** Name in the title colour, kind in a smaller grey line: draw.io labels are HTML with {@code html=1}. */
    private static String label(Component c, Theme theme) {
        return html(c.name()) + "<br><span style=\"font-size:10px;color:" + theme.subtitle().hexRgb() + "\">"
                + html(c.kind().displayName()) + "</span>";
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }


    private static void attrs(Element e, String... kv) {
        for (int i = 0; i < kv.length; i += 2) {
            e.setAttribute(kv[i], kv[i + 1]);
        }
    }
}
