package org.archsim.app.export.render;

/**
 * The few drawing operations a diagram needs, in diagram units with y pointing down. {@link DiagramRenderer} draws
 * only through this, so one rendering reaches every target: {@link Java2DSurface} (PNG, SVG, PDF) and
 * {@link FxSurface} (a JavaFX canvas).
 *
 * <p>State (fill, stroke, font) persists until changed. Groups nest and give vector targets one element per part;
 * raster targets ignore them.
 */
public interface DrawSurface {

    /** The colour of later fills and text. */
    void setFill(Rgba color);

    /** The colour and width of later strokes; {@code dash} empty for a solid line. */
    void setStroke(Rgba color, double width, double... dash);

    /** The font of later text. */
    void setFont(FontSpec font);

    void fillRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** Strokes the open polyline through {@code n} points. */
    void strokePolyline(double[] xs, double[] ys, int n);

    /** Fills the closed polygon through {@code n} points. */
    void fillPolygon(double[] xs, double[] ys, int n);

    void fillPath(PathData path);

    void strokePath(PathData path);

    /** Draws {@code text} with its baseline at {@code y}, aligned on {@code x}. */
    void text(String text, double x, double y, TextAlign align);

    /** The advance width of {@code text} in the current font. */
    double textWidth(String text);

    /** Opens a group with this id (unique in the drawing) and CSS class; vector targets emit an element. */
    void beginGroup(String id, String cssClass);

    /** Closes the innermost open group. */
    void endGroup();
}
