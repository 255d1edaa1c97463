package org.archsim.app.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Category;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Mermaid {@code flowchart LR} text: one node per part with a quoted label (name, then kind) and a shape by kind —
 * stadium for clients, cylinders for databases and blob storage, and so on (see {@code docs/export.md}) — and one
 * {@code -->} per link, labelled with the link's endpoint when it has one. Node ids are the part ids made safe:
 * characters outside {@code [A-Za-z0-9_]} become {@code _}, a leading digit and Mermaid's keywords get an {@code n_}
 * prefix, and clashes get {@code _2}, {@code _3}. One {@code classDef} per palette group colours the nodes.
 */
public final class MermaidExport {

    /** Opening and closing bracket per kind id; unknown kinds get a rectangle. */
    static final Map<String, String[]> SHAPES = Map.ofEntries(
            Map.entry("client", new String[] {"([", "])"}),
            Map.entry("dns", new String[] {"((", "))"}),
            Map.entry("cdn", new String[] {"(", ")"}),
            Map.entry("api-gateway", new String[] {"{{", "}}"}),
            Map.entry("load-balancer", new String[] {"{", "}"}),
            Map.entry("service", new String[] {"[", "]"}),
            Map.entry("cache", new String[] {"[[", "]]"}),
            Map.entry("database", new String[] {"[(", ")]"}),
            Map.entry("queue", new String[] {">", "]"}),
            Map.entry("worker", new String[] {"[/", "/]"}),
            Map.entry("blob-storage", new String[] {"[(", ")]"}));

    private static final Set<String> KEYWORDS = Set.of("end", "graph", "flowchart", "subgraph", "style", "class",
            "classdef", "click", "linkstyle", "direction", "default", "call", "href");

    private MermaidExport() {
    }

    /** The design as Mermaid text; {@code selection} empty means every part. */
    public static String mermaid(Design design, Theme theme, Set<String> selection) {
        List<Component> parts = design.components().stream()
                .filter(c -> selection.isEmpty() || selection.contains(c.id())).toList();
        Map<String, String> ids = nodeIds(parts);
        StringBuilder sb = new StringBuilder();
        sb.append("%% ").append(design.name().replace('\n', ' ')).append(" — exported by ArchSim\n");
        sb.append("flowchart LR\n");
        for (Component c : parts) {
            String[] br = SHAPES.getOrDefault(c.kind().id(), new String[] {"[", "]"});
            sb.append("  ").append(ids.get(c.id())).append(br[0]).append('"').append(text(c.name()))
                    .append("<br/><small>").append(text(c.kind().displayName())).append("</small>\"")
                    .append(br[1]).append('\n');
        }
        for (Link l : design.links()) {
            if (!ids.containsKey(l.from()) || !ids.containsKey(l.to())) {
                continue;
            }
            String endpoint = (String) l.explicitParams().get("endpoint");
            sb.append("  ").append(ids.get(l.from())).append(" -->");
            if (endpoint != null && !endpoint.isBlank()) {
                sb.append("|\"").append(text(endpoint)).append("\"|");
            }
            sb.append(' ').append(ids.get(l.to())).append('\n');
        }
        Map<Category, List<String>> byGroup = new LinkedHashMap<>();
        for (Component c : parts) {
            byGroup.computeIfAbsent(c.kind().category(), k -> new java.util.ArrayList<>()).add(ids.get(c.id()));
        }
        for (Map.Entry<Category, List<String>> e : byGroup.entrySet()) {
            String cls = e.getKey().name().toLowerCase(java.util.Locale.ROOT);
            sb.append("  classDef ").append(cls).append(" fill:").append(theme.cardFill().hexRgb()).append(",stroke:")
                    .append(theme.accent(e.getKey()).hexRgb()).append(",stroke-width:2px,color:")
                    .append(theme.title().hexRgb()).append('\n');
            sb.append("  class ").append(String.join(",", e.getValue())).append(' ').append(cls).append('\n');
        }
        return sb.toString();
    }

    /** A safe, unique Mermaid node id for each part id. */
    static Map<String, String> nodeIds(List<Component> parts) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Component c : parts) {
            String base = c.id().replaceAll("[^A-Za-z0-9_]", "_");
            if (base.isEmpty() || Character.isDigit(base.charAt(0))
                    || KEYWORDS.contains(base.toLowerCase(java.util.Locale.ROOT))) {
                base = "n_" + base;
            }
            String id = base;
            while (used.containsKey(id)) {
                int n = used.merge(base, 1, Integer::sum);
                id = base + "_" + n;
            }
            used.put(id, 1);
            out.put(c.id(), id);
        }
        return out;
    }

    /** Label text inside double quotes: quotes and markup characters become Mermaid entity codes. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("#quot;");
                case '<' -> sb.append("#lt;");
                case '>' -> sb.append("#gt;");
                case '#' -> sb.append("#35;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
