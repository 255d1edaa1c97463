package org.archsim.app.export.render;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The JavaFX target: draws on a {@link GraphicsContext} (a {@code Canvas}); use it on the FX application thread.
 * Deliberately thin — each call maps to one or two canvas calls; groups are ignored.
 */
public final class FxSurface implements DrawSurface {

    private final GraphicsContext gc;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Text measure = new Text();

    /** A surface drawing on {@code gc}. */
    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    private static Color fx(Rgba c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.a() / 255.0);
    }

    @Override
    public void setFill(Rgba color) {
        gc.setFill(fx(color));
    }

    @Override
    public void setStroke(Rgba color, double width, double... dash) {
        gc.setStroke(fx(color));
        gc.setLineWidth(width);
        gc.setLineDashes(dash.length == 0 ? null : dash);
    }

    @Override
    public void setFont(FontSpec font) {
        Font f = fonts.computeIfAbsent(font, s -> Font.font(s.family(), s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.size()));
        gc.setFont(f);
        measure.setFont(f);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        gc.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        gc.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void fillPath(PathData path) {
        trace(path);
        gc.fill();
    }

    @Override
    public void strokePath(PathData path) {
        trace(path);
        gc.stroke();
    }

    private void trace(PathData path) {
        gc.beginPath();
        path.replay(new PathData.Sink() {
            @Override
            public void moveTo(double x, double y) {
                gc.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                gc.lineTo(x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                gc.quadraticCurveTo(cx, cy, x, y);
            }

            @Override
            public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                gc.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
            }

            @Override
            public void close() {
                gc.closePath();
            }
        });
    }

    @Override
    public void text(String text, double x, double y, TextAlign align) {
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        // A canvas has no structure to group.
    }

    @Override
    public void endGroup() {
        // A canvas has no structure to group.
    }
}
