package org.archsim.app.editor;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * How one link looks: a line from the sender's card to the receiver's with an arrowhead at the receiver, and the
 * endpoint it carries (if the link is limited to one) as a small label in the middle. A link with a design-rule error
 * is drawn dashed as well as in the error colour. Purely visual; {@link CardGeometry} does the hit testing.
 */
public final class LinkArrow extends Group {

    /** Length of the arrowhead, world units (the live view's bands stop short of it). */
    public static final double HEAD_LENGTH = 11;
    private static final double HEAD_WIDTH = 5.5;

    private final Line line = new Line();
    private final Polygon head = new Polygon();
    private final Label label = new Label();

    LinkArrow(String id) {
        getStyleClass().add("link-arrow");
        setId("link-" + id);
        line.getStyleClass().add("link-line");
        head.getStyleClass().add("link-head");
        label.getStyleClass().add("link-label");
        label.setMouseTransparent(true);
        getChildren().addAll(line, head, label);
    }

    /** Redraws between {@code a} and {@code b} (card edges), with the selection and error state and a label. */
    void update(Point2D a, Point2D b, boolean selected, boolean error, String text) {
        Point2D dir = b.subtract(a);
        double len = dir.magnitude();
        Point2D unit = len == 0 ? new Point2D(1, 0) : dir.multiply(1 / len);
        // The line stops at the arrowhead's base so its round cap does not poke through the tip.
        Point2D base = b.subtract(unit.multiply(Math.min(HEAD_LENGTH, len)));
        line.setStartX(a.getX());
        line.setStartY(a.getY());
        line.setEndX(base.getX());
        line.setEndY(base.getY());
        Point2D side = new Point2D(-unit.getY(), unit.getX()).multiply(HEAD_WIDTH);
        head.getPoints().setAll(b.getX(), b.getY(),
                base.getX() + side.getX(), base.getY() + side.getY(),
                base.getX() - side.getX(), base.getY() - side.getY());
        pseudoClassStateChanged(EditorStyles.SELECTED, selected);
        pseudoClassStateChanged(EditorStyles.ERROR, error);
        label.setText(text);
        label.setVisible(!text.isEmpty());
        if (!text.isEmpty()) {
            Point2D mid = a.midpoint(b);
            label.applyCss();
            double w = label.prefWidth(-1);
            double h = label.prefHeight(-1);
            label.resizeRelocate(mid.getX() - w / 2, mid.getY() - h / 2, w, h);
        }
    }
}
