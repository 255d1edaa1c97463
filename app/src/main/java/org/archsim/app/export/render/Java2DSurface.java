package org.archsim.app.export.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The Java2D target: draws on any {@link Graphics2D} — a {@code BufferedImage}'s (PNG), JFreeSVG's (SVG) or the PDF
 * bridge's. On an {@link SVGGraphics2D}, groups become {@code <g id class>} elements.
 */
public final class Java2DSurface implements DrawSurface {

    private final Graphics2D g;
    private final boolean svg;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private Color fill = Color.BLACK;
    private Color strokeColor = Color.BLACK;
    private BasicStroke stroke = new BasicStroke(1);

    /** A surface drawing on {@code g}; turns on anti-aliasing and exact stroke geometry. */
    public Java2DSurface(Graphics2D g) {
        this.g = g;
        this.svg = g instanceof SVGGraphics2D;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static Color awt(Rgba c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
    }

    @Override
    public void setFill(Rgba color) {
        fill = awt(color);
    }

    @Override
    public void setStroke(Rgba color, double width, double... dash) {
        strokeColor = awt(color);
        float[] d = null;
        if (dash.length > 0) {
            d = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                d[i] = (float) dash[i];
            }
        }
        stroke = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, d, 0);
    }

    @Override
    public void setFont(FontSpec font) {
        g.setFont(fonts.computeIfAbsent(font,
                f -> new Font(f.family(), f.bold() ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) f.size())));
    }

    private void fill(java.awt.Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    private void stroke(java.awt.Shape shape) {
        g.setColor(strokeColor);
        g.setStroke(stroke);
        g.draw(shape);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        stroke(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroke(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        stroke(poly(xs, ys, n, false));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        fill(poly(xs, ys, n, true));
    }

    private static Path2D poly(double[] xs, double[] ys, int n, boolean close) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    @Override
    public void fillPath(PathData path) {
        fill(awt(path));
    }

    @Override
    public void strokePath(PathData path) {
        stroke(awt(path));
    }

    /** The path as a Java2D shape. */
    static Path2D awt(PathData path) {
        Path2D.Double p = new Path2D.Double();
        path.replay(new PathData.Sink() {
            @Override
            public void moveTo(double x, double y) {
                p.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                p.lineTo(x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                p.quadTo(cx, cy, x, y);
            }

            @Override
            public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                p.curveTo(c1x, c1y, c2x, c2y, x, y);
            }

            @Override
            public void close() {
                p.closePath();
            }
        });
        return p;
    }

    @Override
    public void text(String text, double x, double y, TextAlign align) {
        double w = align == TextAlign.LEFT ? 0 : textWidth(text);
        double at = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        g.setColor(fill);
        g.drawString(text, (float) at, (float) y);
    }

    @Override
    public double textWidth(String text) {
        return g.getFont().getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("id", id, "class", cssClass));
        }
    }

    @Override
    public void endGroup() {
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }
}
