package org.archsim.app.export.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Where everything goes: one card per part at its design position, moved so the diagram starts at the margin, one
 * {@link Route} per link, and the diagram's size. With a selection, only the selected parts and the links between
 * them are laid out.
 */
public final class DiagramLayout {

    private final Map<String, Box> cards;
    private final List<Route> routes;
    private final double width;
    private final double height;

    private DiagramLayout(Map<String, Box> cards, List<Route> routes, double width, double height) {
        this.cards = Collections.unmodifiableMap(cards);
        this.routes = List.copyOf(routes);
        this.width = width;
        this.height = height;
    }

    /**
     * Lays out {@code design}; {@code selection} empty means every part; {@code withMetrics} leaves room for a
     * metrics line under each card.
     */
    public static DiagramLayout of(Design design, Set<String> selection, boolean withMetrics) {
        List<Component> parts = design.components().stream()
                .filter(c -> selection.isEmpty() || selection.contains(c.id())).toList();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double below = withMetrics ? CardGeometry.METRICS_HEIGHT : 0;
        for (Component c : parts) {
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
            maxX = Math.max(maxX, c.x() + CardGeometry.WIDTH);
            maxY = Math.max(maxY, c.y() + CardGeometry.HEIGHT + below);
        }
        if (parts.isEmpty()) {
            minX = minY = maxX = maxY = 0;
        }
        double dx = CardGeometry.MARGIN - minX;
        double dy = CardGeometry.MARGIN - minY;
        Map<String, Box> cards = new LinkedHashMap<>();
        for (Component c : parts) {
            cards.put(c.id(), new Box(c.x() + dx, c.y() + dy, CardGeometry.WIDTH, CardGeometry.HEIGHT));
        }
        Set<String> ids = new HashSet<>();
        design.links().forEach(l -> ids.add(l.id()));
        List<Route> routes = new ArrayList<>();
        for (Link l : design.links()) {
            Box s = cards.get(l.from());
            Box t = cards.get(l.to());
            if (s == null || t == null) {
                continue;
            }
            // A pair of opposite links would draw on top of each other: move each a little to its own side.
            double offset = ids.contains(Link.idOf(l.to(), l.from())) ? 5 : 0;
            routes.add(LinkRouter.route(l.from(), l.to(), s, t, offset, cards.values()));
        }
        double w = Math.ceil(maxX - minX + 2 * CardGeometry.MARGIN);
        double h = Math.ceil(maxY - minY + 2 * CardGeometry.MARGIN);
        return new DiagramLayout(cards, routes, w, h);
    }

    /** Each laid-out part's card, by part id, in document order. */
    public Map<String, Box> cards() {
        return cards;
    }

    /** One route per laid-out link, in document order. */
    public List<Route> routes() {
        return routes;
    }

    /** Diagram width in units, margins included. */
    public double width() {
        return width;
    }

    /** Diagram height in units, margins included. */
    public double height() {
        return height;
    }
}
