package org.archsim.app.export.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The icons of part kinds. An icon is read from {@code assets/icons/<kind>.svg} — on the class path (the app jar ships
 * {@code assets/}) or in a given directory — taking its {@code viewBox} and its {@code path}, {@code circle},
 * {@code rect} and {@code line} elements; fill and stroke decide whether each is filled or stroked (colours are
 * ignored: icons take the kind's accent colour). A missing or unreadable icon falls back to a built-in glyph.
 */
public final class IconLibrary {

    private static final IconLibrary CLASSPATH = new IconLibrary(null);

    private final Path directory;
    private final Map<String, IconGlyph> cache = new ConcurrentHashMap<>();

    private IconLibrary(Path directory) {
        this.directory = directory;
    }

    /** Icons from {@code /assets/icons/} on the class path. */
    public static IconLibrary fromClassPath() {
        return CLASSPATH;
    }

    /** Icons from {@code directory} (e.g. a checkout's {@code assets/icons}). */
    public static IconLibrary fromDirectory(Path directory) {
        return new IconLibrary(directory);
    }

    /** The glyph of {@code kind}. */
    public IconGlyph icon(String kind) {
        return cache.computeIfAbsent(kind, this::load);
    }

    private IconGlyph load(String kind) {
        String file = kind + ".svg";
        try (InputStream in = directory != null
                ? (Files.isRegularFile(directory.resolve(file)) ? Files.newInputStream(directory.resolve(file)) : null)
                : IconLibrary.class.getResourceAsStream("/assets/icons/" + file)) {
            if (in != null) {
                IconGlyph g = parse(in);
                if (!g.shapes().isEmpty()) {
                    return g;
                }
            }
        } catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                 | org.xml.sax.SAXException e) {
            // An unreadable icon must not stop an export: the built-in glyph stands in.
        }
        return BuiltInGlyphs.of(kind);
    }

    /** Parses an SVG icon document. */
    static IconGlyph parse(InputStream in) throws IOException, javax.xml.parsers.ParserConfigurationException,
            org.xml.sax.SAXException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(false);
        Element root = f.newDocumentBuilder().parse(in).getDocumentElement();
        double minX = 0;
        double minY = 0;
        double size = 24;
        String vb = root.getAttribute("viewBox");
        if (!vb.isBlank()) {
            String[] v = vb.trim().split("[\\s,]+");
            minX = Double.parseDouble(v[0]);
            minY = Double.parseDouble(v[1]);
            size = Math.max(Double.parseDouble(v[2]), Double.parseDouble(v[3]));
        } else if (!root.getAttribute("width").isBlank()) {
            size = Double.parseDouble(root.getAttribute("width").replace("px", ""));
        }
        List<IconGlyph.Shape> shapes = new ArrayList<>();
        collect(root, "black", "none", "1", shapes);
        List<IconGlyph.Shape> moved = new ArrayList<>();
        for (IconGlyph.Shape s : shapes) {
            moved.add(new IconGlyph.Shape(s.path().transformed(-minX, -minY, 1), s.filled(), s.strokeWidth()));
        }
        return new IconGlyph(size, moved, false);
    }

    private static void collect(Element e, String fill, String stroke, String strokeWidth, List<IconGlyph.Shape> out) {
        fill = attr(e, "fill", fill);
        stroke = attr(e, "stroke", stroke);
        strokeWidth = attr(e, "stroke-width", strokeWidth);
        String d = switch (e.getTagName().toLowerCase(Locale.ROOT)) {
            case "path" -> e.getAttribute("d");
            case "circle" -> circle(num(e, "cx"), num(e, "cy"), num(e, "r"));
            case "rect" -> "M" + num(e, "x") + " " + num(e, "y") + "h" + num(e, "width") + "v" + num(e, "height")
                    + "h" + -num(e, "width") + "z";
            case "line" -> "M" + num(e, "x1") + " " + num(e, "y1") + "L" + num(e, "x2") + " " + num(e, "y2");
            default -> null;
        };
        if (d != null && !d.isBlank()) {
            PathData path = SvgPathParser.parse(d);
            if (!"none".equals(fill)) {
                out.add(new IconGlyph.Shape(path, true, 0));
            }
            if (!"none".equals(stroke)) {
                out.add(new IconGlyph.Shape(path, false, Double.parseDouble(strokeWidth.replace("px", ""))));
            }
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                collect((Element) children.item(i), fill, stroke, strokeWidth, out);
            }
        }
    }

    private static String circle(double cx, double cy, double r) {
        return "M" + (cx - r) + " " + cy + "a" + r + " " + r + " 0 1 0 " + 2 * r + " 0a" + r + " " + r + " 0 1 0 "
                + -2 * r + " 0z";
    }

    private static String attr(Element e, String name, String inherited) {
        String v = e.getAttribute(name);
        if (v.isBlank()) {
            String style = e.getAttribute("style");
            for (String decl : style.split(";")) {
                String[] kv = decl.split(":", 2);
                if (kv.length == 2 && kv[0].trim().equals(name)) {
                    return kv[1].trim();
                }
            }
            return inherited;
        }
        return v.trim();
    }

    private static double num(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isBlank() ? 0 : Double.parseDouble(v.replace("px", ""));
    }
}
