package org.archsim.app.export.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.sim.report.PartStats;

/**
 * Draws a design — a card per part (icon, name, kind), an arrow per link, and optionally a run's metrics — onto any
 * {@link DrawSurface}. The single rendering behind the PNG, SVG and PDF exports and the JavaFX canvas target.
 *
 * <pre>{@code
 * DiagramRenderer r = new DiagramRenderer(design, RenderOptions.defaults().withTheme(Theme.DARK));
 * BufferedImage img = new BufferedImage((int) r.width(), (int) r.height(), BufferedImage.TYPE_INT_ARGB);
 * r.draw(new Java2DSurface(img.createGraphics()));
 * }</pre>
 *
 * <p>In vector targets each part is a group {@code part-<id>} (class {@code part}) and each link a group
 * {@code link-<from>-<to>} (class {@code link}); see {@link #groupId(String, String)}.
 */
public final class DiagramRenderer {

    private static final double ICON_BOX = 36;
    private static final double PAD = 12;
    private static final double ARROW_LEN = 10;
    private static final double ARROW_HALF = 4.5;

    private final Design design;
    private final RenderOptions options;
    private final DiagramLayout layout;

    /** A renderer of {@code design} as it is now; lay-out happens here, drawing in {@link #draw}. */
    public DiagramRenderer(Design design, RenderOptions options) {
        this.design = design;
        this.options = options;
        this.layout = DiagramLayout.of(design, options.selection(), options.metrics().isPresent());
    }

    /** The layout used: card boxes and link routes in diagram units. */
    public DiagramLayout layout() {
        return layout;
    }

    /** Diagram width in units (pixels at scale 1). */
    public double width() {
        return layout.width();
    }

    /** Diagram height in units (pixels at scale 1). */
    public double height() {
        return layout.height();
    }

    /** Draws the whole diagram: page, links, then cards on top. */
    public void draw(DrawSurface s) {
        Theme t = options.theme();
        if (!options.transparent()) {
            s.setFill(t.background());
            s.fillRect(0, 0, width(), height());
        }
        Set<String> used = new HashSet<>();
        for (Route r : layout.routes()) {
            s.beginGroup(unique(used, groupId("link", r.from() + "-" + r.to())), "link");
            drawLink(s, r, t);
            s.endGroup();
        }
        for (Map.Entry<String, Box> e : layout.cards().entrySet()) {
            Component c = design.requireComponent(e.getKey());
            s.beginGroup(unique(used, groupId("part", c.id())), "part kind-" + c.kind().id());
            drawCard(s, c, e.getValue(), t);
            options.metrics().map(m -> m.components().get(c.id()))
                    .ifPresent(p -> drawMetrics(s, p, e.getValue(), t));
            s.endGroup();
        }
    }

    /** A valid XML id: {@code prefix-} and the name with characters outside {@code [A-Za-z0-9_.-]} turned into {@code _}. */
    public static String groupId(String prefix, String name) {
        return prefix + "-" + name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String unique(Set<String> used, String id) {
        String candidate = id;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = id + "_" + i;
        }
        return candidate;
    }

    private void drawLink(DrawSurface s, Route r, Theme t) {
        int n = r.size();
        double[] xs = r.xs().clone();
        double[] ys = r.ys().clone();
        double ex = xs[n - 1];
        double ey = ys[n - 1];
        double dx = ex - xs[n - 2];
        double dy = ey - ys[n - 2];
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        // Stop the line inside the arrowhead so its end does not show through the tip.
        double cut = Math.min(ARROW_LEN * 0.7, len);
        xs[n - 1] = ex - ux * cut;
        ys[n - 1] = ey - uy * cut;
        s.setStroke(t.link(), 1.5);
        s.strokePolyline(xs, ys, n);
        double bx = ex - ux * ARROW_LEN;
        double by = ey - uy * ARROW_LEN;
        s.setFill(t.link());
        s.fillPolygon(new double[] {ex, bx - uy * ARROW_HALF, bx + uy * ARROW_HALF},
                new double[] {ey, by + ux * ARROW_HALF, by - ux * ARROW_HALF}, 3);
    }

    private void drawCard(DrawSurface s, Component c, Box b, Theme t) {
        Rgba accent = t.accent(c.kind().category());
        s.setFill(t.shadow());
        s.fillRoundRect(b.x() + 1, b.y() + 2, b.w(), b.h(), CardGeometry.ARC);
        s.setFill(t.cardFill());
        s.fillRoundRect(b.x(), b.y(), b.w(), b.h(), CardGeometry.ARC);
        s.setStroke(t.cardStroke(), 1);
        s.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), CardGeometry.ARC);
        double ix = b.x() + PAD;
        double iy = b.y() + (b.h() - ICON_BOX) / 2;
        s.setFill(accent.withAlpha(t.name().equals("dark") ? 0x40 : 0x22));
        s.fillRoundRect(ix, iy, ICON_BOX, ICON_BOX, 10);
        drawIcon(s, options.icons().icon(c.kind().id()), ix + 7, iy + 7, ICON_BOX - 14, accent);
        double tx = ix + ICON_BOX + 10;
        double room = b.right() - PAD + 4 - tx;
        String kind = c.kind().displayName();
        if ("replica".equals(c.explicitParams().get("role"))) {
            kind += " · replica";
        }
        s.setFont(FontSpec.sans(12.5, true));
        String[] lines = wrap(s, c.name(), room);
        double top = lines.length == 1 ? b.y() + 27 : b.y() + 20;
        s.setFill(t.title());
        for (int i = 0; i < lines.length; i++) {
            s.text(lines[i], tx, top + 14 * i, TextAlign.LEFT);
        }
        s.setFill(t.subtitle());
        s.setFont(FontSpec.sans(lines.length == 1 ? 11 : 10.5, false));
        s.text(fit(s, kind, room), tx, top + 14 * (lines.length - 1) + (lines.length == 1 ? 16 : 14), TextAlign.LEFT);
    }

    /** The name on one line, or broken at a space into two (the second cut with an ellipsis if still too wide). */
    static String[] wrap(DrawSurface s, String name, double room) {
        if (s.textWidth(name) <= room) {
            return new String[] {name};
        }
        int best = -1;
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            if (s.textWidth(name.substring(0, i)) <= room) {
                best = i;
            }
        }
        if (best < 0) {
            return new String[] {fit(s, name, room)};
        }
        return new String[] {name.substring(0, best), fit(s, name.substring(best + 1).strip(), room)};
    }

    private static void drawIcon(DrawSurface s, IconGlyph g, double x, double y, double size, Rgba color) {
        double k = size / g.viewBox();
        for (IconGlyph.Shape shape : g.shapes()) {
            PathData p = shape.path().transformed(x, y, k);
            if (shape.filled()) {
                s.setFill(color);
                s.fillPath(p);
            } else {
                s.setStroke(color, Math.max(0.5, shape.strokeWidth() * k));
                s.strokePath(p);
            }
        }
    }

    private void drawMetrics(DrawSurface s, PartStats p, Box b, Theme t) {
        double errRate = MetricText.errorRate(p);
        if (!p.kind().equals("client")) {
            double u = Math.max(0, Math.min(1, p.utilization()));
            double bx = b.x() + PAD;
            double bw = b.w() - 2 * PAD;
            double by = b.bottom() - 6;
            s.setFill(t.track());
            s.fillRect(bx, by, bw, 3);
            s.setFill(u < 0.7 ? t.good() : u < 0.9 ? t.warn() : t.bad());
            s.fillRect(bx, by, bw * u, 3);
        }
        if (p.errors() > 0) {
            String label = MetricText.count(p.errors());
            s.setFont(FontSpec.sans(10, true));
            double w = s.textWidth(label) + 10;
            s.setFill(t.bad());
            s.fillRoundRect(b.right() - w + 4, b.y() - 7, w, 15, 15);
            s.setFill(Rgba.hex("#ffffff"));
            s.text(label, b.right() - w / 2 + 4, b.y() + 4, TextAlign.CENTER);
        }
        s.setFont(FontSpec.sans(10.5, false));
        s.setFill(errRate > 0.01 ? t.bad() : t.subtitle());
        s.text(fit(s, MetricText.line(p), b.w()), b.x() + 2, b.bottom() + 13, TextAlign.LEFT);
    }

    /** {@code text}, cut with an ellipsis when wider than {@code room} in the current font. */
    static String fit(DrawSurface s, String text, double room) {
        if (s.textWidth(text) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && s.textWidth(cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DiagramRenderer[%s, %.0f×%.0f]", design.name(), width(), height());
    }
}
