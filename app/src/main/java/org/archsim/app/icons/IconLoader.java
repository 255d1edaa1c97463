package org.archsim.app.icons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.SVGPath;

/**
 * Loads the stroke-drawn part icons in {@code /assets/icons/} (24×24 view box, one or more {@code <path d>} elements)
 * and builds scalable nodes from them. Only path data is read: the icons are authored as plain outlines so that one
 * stroke colour from the theme styles them all.
 *
 * <pre>{@code
 * Node icon = IconLoader.node("database.svg", 28, Color.web("#0072B2"));
 * }</pre>
 */
public final class IconLoader {

    /** The view box size every icon is drawn in. */
    public static final double VIEW_BOX = 24;

    private static final Pattern PATH_DATA = Pattern.compile("<path[^>]*?\\sd=\"([^\"]+)\"");
    private static final Pattern STROKE_WIDTH = Pattern.compile("stroke-width=\"([0-9.]+)\"");
    private static final Map<String, Icon> CACHE = new ConcurrentHashMap<>();

    private IconLoader() {
    }

    /** The parsed outline of an icon file: its path data and stroke width, in view-box units. */
    public record Icon(List<String> paths, double strokeWidth) {
    }

    /** The icon called {@code fileName} (e.g. {@code cache.svg}); throws when the file is missing or has no path. */
    public static Icon icon(String fileName) {
        return CACHE.computeIfAbsent(fileName, IconLoader::load);
    }

    /** A node {@code size} pixels square drawing the icon's outline in {@code color}. */
    public static Node node(String fileName, double size, Paint color) {
        Icon icon = icon(fileName);
        Group paths = new Group();
        for (String d : icon.paths()) {
            SVGPath p = new SVGPath();
            p.setContent(d);
            p.setFill(Color.TRANSPARENT);
            p.setStroke(color);
            p.setStrokeWidth(icon.strokeWidth());
            p.setStrokeLineCap(StrokeLineCap.ROUND);
            p.setStrokeLineJoin(StrokeLineJoin.ROUND);
            paths.getChildren().add(p);
        }
        // Scale around the view box origin so the icon occupies exactly size × size.
        double k = size / VIEW_BOX;
        paths.getTransforms().add(new javafx.scene.transform.Scale(k, k, 0, 0));
        Group box = new Group(paths);
        box.getStyleClass().add("part-icon");
        return box;
    }

    /** Reads path data and stroke width from SVG text (package-visible for tests). */
    static Icon parse(String svg, String name) {
        List<String> paths = new ArrayList<>();
        Matcher m = PATH_DATA.matcher(svg);
        while (m.find()) {
            paths.add(m.group(1));
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("icon " + name + " has no <path d=...> element");
        }
        Matcher w = STROKE_WIDTH.matcher(svg);
        double width = w.find() ? Double.parseDouble(w.group(1)) : 2.0;
        return new Icon(List.copyOf(paths), width);
    }

    private static Icon load(String fileName) {
        String resource = "/assets/icons/" + fileName;
        try (InputStream in = IconLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("icon not found on the class path: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read icon " + resource, e);
        }
    }
}
