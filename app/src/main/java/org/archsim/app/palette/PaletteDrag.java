package org.archsim.app.palette;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.archsim.app.icons.IconLoader;
import org.archsim.app.settings.Theme;
import org.archsim.model.ComponentKind;

/**
 * Dragging a palette tile onto the canvas. The drag stays inside the window, so it is done with plain mouse events
 * and a ghost card on an overlay instead of the platform's drag-and-drop: it looks the same on every system and works
 * in headless tests. The drop asks the {@link PaletteView.DropTarget} whether the point is on the canvas.
 */
final class PaletteDrag {

    private final Node source;
    private final ComponentKind kind;
    private final Pane layer;
    private final PaletteView.DropTarget target;
    private Node ghost;
    private Point2D press;

    PaletteDrag(Node source, ComponentKind kind, Pane layer, PaletteView.DropTarget target) {
        this.source = source;
        this.kind = kind;
        this.layer = layer;
        this.target = target;
        source.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        source.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        source.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        press = e.getButton() == MouseButton.PRIMARY ? new Point2D(e.getSceneX(), e.getSceneY()) : null;
        source.requestFocus();
    }

    private void dragged(MouseEvent e) {
        if (press == null || (ghost == null && press.distance(e.getSceneX(), e.getSceneY()) < 4)) {
            return;
        }
        if (ghost == null) {
            ghost = ghost();
            layer.getChildren().add(ghost);
        }
        Point2D p = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        ghost.relocate(p.getX() - 20, p.getY() - 16);
    }

    private void released(MouseEvent e) {
        if (ghost != null) {
            layer.getChildren().remove(ghost);
            ghost = null;
            target.drop(kind, e.getSceneX(), e.getSceneY());
        }
        press = null;
    }

    private Node ghost() {
        Label name = new Label(kind.displayName());
        HBox box = new HBox(8, IconLoader.node(kind.icon(), 22, Theme.categoryColor(kind.category())), name);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("palette-ghost");
        box.setMouseTransparent(true);
        box.setOpacity(0.85);
        return box;
    }
}
