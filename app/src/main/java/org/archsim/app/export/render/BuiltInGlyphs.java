package org.archsim.app.export.render;

import java.util.List;
import java.util.Map;

/**
 * Simple line glyphs, one per standard kind, drawn in a 24-unit box with a 2-unit stroke: the fallback when
 * {@code assets/icons/<kind>.svg} is absent or unreadable.
 */
final class BuiltInGlyphs {

    private static final Map<String, String> STROKED = Map.ofEntries(
            Map.entry("client", "M3 4h18v12H3z M8 20h8 M12 16v4"),
            Map.entry("dns", "M12 3a9 9 0 1 0 0.01 0z M3 12h18 M12 3c4 4 4 14 0 18 M12 3c-4 4-4 14 0 18"),
            Map.entry("cdn", "M7 19h10a4 4 0 0 0 0.5-8 6 6 0 0 0-11.5 1.6A3.3 3.3 0 0 0 7 19z"),
            Map.entry("api-gateway", "M4 3h16v18H4z M9 8l4 4-4 4 M14 16h3"),
            Map.entry("load-balancer", "M2 12h6 M8 12l9-7 M8 12h9 M8 12l9 7 M17 5h5 M17 12h5 M17 19h5"),
            Map.entry("service", "M3 5h18v14H3z M10 9l-3 3 3 3 M14 9l3 3-3 3"),
            Map.entry("database", "M4 6c0-4 16-4 16 0v12c0 4-16 4-16 0z M4 6c0 4 16 4 16 0 M4 12c0 4 16 4 16 0"),
            Map.entry("queue", "M2 8h5v8H2z M9.5 8h5v8h-5z M17 8h5v8h-5z"),
            Map.entry("worker", "M12 8a4 4 0 1 0 0.01 0z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1"
                    + " M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1"),
            Map.entry("blob-storage", "M4 6h16l-2 15H6z M4 6c0-3 16-3 16 0 M9 11h6"));

    private static final Map<String, String> FILLED = Map.of("cache", "M13 2L4 14h7l-1 8 9-12h-7z");

    private static final String UNKNOWN = "M12 3a9 9 0 1 0 0.01 0z M9 9.5a3 3 0 1 1 4 2.8c-1 .4-1 1-1 2.2 M12 17.5v.5";

    private BuiltInGlyphs() {
    }

    /** The built-in glyph of {@code kind}; a question mark in a circle for kinds it does not know. */
    static IconGlyph of(String kind) {
        String filled = FILLED.get(kind);
        if (filled != null) {
            return new IconGlyph(24, List.of(new IconGlyph.Shape(SvgPathParser.parse(filled), true, 0)), true);
        }
        String d = STROKED.getOrDefault(kind, UNKNOWN);
        return new IconGlyph(24, List.of(new IconGlyph.Shape(SvgPathParser.parse(d), false, 2)), true);
    }
}
