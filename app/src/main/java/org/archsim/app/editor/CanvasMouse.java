package org.archsim.app.editor;

import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.archsim.model.Component;
import org.archsim.model.Link;

/**
 * Turns mouse and keyboard gestures on the canvas into editor calls:
 * <ul>
 *   <li>press on a part and drag: move the selection (one undo step per drag; Alt turns snapping off);</li>
 *   <li>press on a part's handle and drag to another part: connect, with a preview line and a refusal hint;</li>
 *   <li>press on empty space and drag: pan (also Space+drag and the middle button anywhere);
 *       Shift or Ctrl+drag on empty space: rubber-band selection;</li>
 *   <li>wheel: zoom about the pointer; arrow keys nudge (Shift: by one unit instead of one grid step);
 *       F2 or double-click: rename; Delete/Backspace: delete; Escape: cancel or clear the selection.</li>
 * </ul>
 */
final class CanvasMouse {

    private enum Mode { NONE, MOVE, CONNECT, PAN, BAND }

    private final CanvasView view;
    private final EditorViewModel vm;
    private final Viewport viewport;
    private final Line preview = new Line();
    private final Label hint = new Label();
    private final Rectangle band = new Rectangle();
    private Mode mode = Mode.NONE;
    private Point2D pressScreen;
    private Point2D pressWorld;
    private String connectFrom;
    private boolean dragged;
    private boolean spaceDown;

    CanvasMouse(CanvasView view, EditorViewModel vm, Viewport viewport) {
        this.view = view;
        this.vm = vm;
        this.viewport = viewport;
        preview.getStyleClass().add("connect-preview");
        preview.setMouseTransparent(true);
        hint.getStyleClass().add("connect-hint");
        hint.setId("connect-hint");
        band.getStyleClass().add("rubber-band");
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                view.setCursor(Cursor.DEFAULT);
            }
        });
    }

    private double tolerance() {
        return 4 / viewport.scale();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressScreen = new Point2D(e.getX(), e.getY());
        pressWorld = viewport.toWorld(e.getX(), e.getY());
        dragged = false;
        mode = Mode.NONE;
        if (e.getButton() == MouseButton.MIDDLE || (e.isPrimaryButtonDown() && spaceDown)) {
            mode = Mode.PAN;
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        boolean additive = e.isShiftDown() || e.isShortcutDown();
        double wx = pressWorld.getX();
        double wy = pressWorld.getY();
        Optional<Component> handle = CardGeometry.handleAt(vm.design(), wx, wy, tolerance());
        if (handle.isPresent() && !additive) {
            mode = Mode.CONNECT;
            connectFrom = handle.get().id();
            return;
        }
        Optional<Component> part = CardGeometry.partAt(vm.design(), wx, wy);
        if (part.isPresent()) {
            if (additive) {
                vm.clickPart(part.get().id(), true);
            } else {
                vm.startMove(part.get().id());
                mode = Mode.MOVE;
            }
            return;
        }
        Optional<Link> link = CardGeometry.linkAt(vm.design(), wx, wy, tolerance() + 2);
        if (link.isPresent()) {
            vm.clickLink(link.get().id(), additive);
            return;
        }
        mode = additive ? Mode.BAND : Mode.PAN;
    }

    private void dragged(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        dragged = dragged || pressScreen.distance(e.getX(), e.getY()) > 3;
        Point2D w = viewport.toWorld(e.getX(), e.getY());
        switch (mode) {
            case MOVE -> {
                if (dragged) {
                    vm.moveBy(w.getX() - pressWorld.getX(), w.getY() - pressWorld.getY(), !e.isAltDown());
                }
            }
            case PAN -> {
                viewport.panBy(e.getX() - pressScreen.getX(), e.getY() - pressScreen.getY());
                pressScreen = new Point2D(e.getX(), e.getY());
                view.setCursor(Cursor.CLOSED_HAND);
            }
            case BAND -> showBand(e.getX(), e.getY());
            case CONNECT -> showPreview(w, e.getX(), e.getY());
            default -> { }
        }
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        view.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        switch (was) {
            case MOVE -> vm.endMove();
            case CONNECT -> {
                hidePreview();
                Point2D w = viewport.toWorld(e.getX(), e.getY());
                CardGeometry.partAt(vm.design(), w.getX(), w.getY())
                        .ifPresent(target -> vm.connect(connectFrom, target.id()));
            }
            case BAND -> {
                view.overlay().getChildren().remove(band);
                Point2D a = viewport.toWorld(band.getX(), band.getY());
                double s = viewport.scale();
                vm.selectArea(new BoundingBox(a.getX(), a.getY(), band.getWidth() / s, band.getHeight() / s), true);
            }
            case PAN -> {
                if (!dragged) {
                    vm.clearSelection();
                }
            }
            default -> { }
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || dragged) {
            return;
        }
        Point2D w = viewport.toWorld(e.getX(), e.getY());
        CardGeometry.partAt(vm.design(), w.getX(), w.getY()).ifPresent(c -> view.rename(c.id()));
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        viewport.zoomAt(e.getDeltaY() > 0 ? Viewport.STEP : 1 / Viewport.STEP, e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double step = e.isShiftDown() ? 1 : CardGeometry.GRID;
        switch (e.getCode()) {
            case LEFT -> vm.nudge(-step, 0, System.currentTimeMillis());
            case RIGHT -> vm.nudge(step, 0, System.currentTimeMillis());
            case UP -> vm.nudge(0, -step, System.currentTimeMillis());
            case DOWN -> vm.nudge(0, step, System.currentTimeMillis());
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case F2 -> view.renameSelected();
            case ESCAPE -> {
                if (mode == Mode.CONNECT) {
                    hidePreview();
                    mode = Mode.NONE;
                } else {
                    vm.clearSelection();
                }
            }
            case SPACE -> {
                spaceDown = true;
                view.setCursor(Cursor.OPEN_HAND);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showBand(double x, double y) {
        if (!view.overlay().getChildren().contains(band)) {
            view.overlay().getChildren().add(band);
        }
        band.setX(Math.min(x, pressScreen.getX()));
        band.setY(Math.min(y, pressScreen.getY()));
        band.setWidth(Math.abs(x - pressScreen.getX()));
        band.setHeight(Math.abs(y - pressScreen.getY()));
    }

    private void showPreview(Point2D w, double sx, double sy) {
        if (!view.world().getChildren().contains(preview)) {
            view.world().getChildren().add(preview);
            view.overlay().getChildren().add(hint);
        }
        Component from = vm.design().requireComponent(connectFrom);
        Point2D start = CardGeometry.handle(from);
        preview.setStartX(start.getX());
        preview.setStartY(start.getY());
        preview.setEndX(w.getX());
        preview.setEndY(w.getY());
        Optional<Component> target = CardGeometry.partAt(vm.design(), w.getX(), w.getY());
        Optional<String> refusal = target.flatMap(t -> ConnectRules.refusal(vm.design(), connectFrom, t.id()));
        boolean refused = refusal.isPresent() && !target.get().id().equals(connectFrom);
        preview.pseudoClassStateChanged(EditorStyles.REFUSED, refused);
        preview.pseudoClassStateChanged(EditorStyles.TARGET, target.isPresent() && !refused);
        hint.setText(refused ? "✕ " + refusal.get()
                : target.filter(t -> !t.id().equals(connectFrom)).map(t -> "→ " + t.name()).orElse(""));
        hint.pseudoClassStateChanged(EditorStyles.REFUSED, refused);
        hint.setVisible(!hint.getText().isEmpty());
        hint.relocate(sx + 14, sy + 12);
    }

    private void hidePreview() {
        view.world().getChildren().remove(preview);
        view.overlay().getChildren().remove(hint);
    }
}
