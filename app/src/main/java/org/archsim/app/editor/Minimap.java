package org.archsim.app.editor;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.archsim.app.settings.Theme;
import org.archsim.model.Component;

/**
 * A small overview in the canvas's lower-right corner, shown while part of the design is out of view: every part as
 * a block in its category's colour, and the visible area as a rectangle. Clicking or dragging on it moves the view
 * there — the way to pan across a large design without hunting for empty space to drag. Logic in {@link MinimapModel}.
 */
final class Minimap extends Canvas {

    static final double MAX_W = 200;
    static final double MAX_H = 130;
    private static final double INSET = 12;

    private final EditorViewModel vm;
    private final ObjectProperty<Theme> theme;
    private final MinimapModel model;
    private Bounds area;

    /** A minimap for the canvas {@code host} showing {@code vm}'s design through {@code viewport}. */
    Minimap(Region host, EditorViewModel vm, Viewport viewport, ObjectProperty<Theme> theme) {
        this.vm = vm;
        this.theme = theme;
        this.model = new MinimapModel(viewport, MAX_W, MAX_H);
        setId("minimap");
        setManaged(false);
        setCursor(Cursor.HAND);
        setAccessibleText("Overview of the design; click to move the view");
        layoutXProperty().bind(host.widthProperty().subtract(widthProperty()).subtract(INSET));
        layoutYProperty().bind(host.heightProperty().subtract(heightProperty()).subtract(INSET));
        Runnable redraw = this::redraw;
        vm.revisionProperty().addListener(o -> redraw.run());
        viewport.scaleProperty().addListener(o -> redraw.run());
        viewport.translateXProperty().addListener(o -> redraw.run());
        viewport.translateYProperty().addListener(o -> redraw.run());
        viewport.viewWidthProperty().addListener(o -> redraw.run());
        viewport.viewHeightProperty().addListener(o -> redraw.run());
        theme.addListener(o -> redraw.run());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::move);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::move);
        // The canvas must not see these (they would start a rubber band or clear the selection).
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
        redraw();
    }

    private void move(MouseEvent e) {
        if (area != null) {
            model.centreOn(area, e.getX(), e.getY());
        }
        e.consume();
    }

    private void redraw() {
        Optional<Bounds> extent = CardGeometry.extent(vm.design());
        boolean show = model.needed(extent);
        setVisible(show);
        if (!show) {
            area = null;
            return;
        }
        area = model.area(extent.get());
        Point2D size = model.size(area);
        setWidth(size.getX());
        setHeight(size.getY());
        GraphicsContext g = getGraphicsContext2D();
        Theme t = theme.get();
        boolean dark = t == Theme.DARK;
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setFill(t.canvasBackground().deriveColor(0, 1, dark ? 1.3 : 0.97, 0.92));
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setStroke(t.gridMajor());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
        for (Component c : vm.design().components()) {
            Bounds b = model.toMap(area, new javafx.geometry.BoundingBox(c.x(), c.y(), CardGeometry.WIDTH,
                    CardGeometry.HEIGHT));
            g.setFill(Theme.categoryColor(c.kind().category()));
            g.fillRect(b.getMinX(), b.getMinY(), Math.max(2, b.getWidth()), Math.max(2, b.getHeight()));
        }
        Bounds v = model.toMap(area, model.visibleWorld());
        g.setStroke(dark ? Color.WHITE : Color.web("#0969da"));
        g.setLineWidth(1.5);
        g.strokeRect(v.getMinX() + 0.75, v.getMinY() + 0.75, v.getWidth() - 1.5, v.getHeight() - 1.5);
    }
}
