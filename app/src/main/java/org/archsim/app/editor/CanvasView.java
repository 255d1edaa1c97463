package org.archsim.app.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.archsim.app.settings.Theme;
import org.archsim.model.Component;
import org.archsim.model.ComponentKind;
import org.archsim.model.Link;
import org.archsim.model.rules.Problem;

/**
 * The canvas: the grid, the parts as {@link PartCard}s and the links as {@link LinkArrow}s, drawn from the
 * {@link EditorViewModel} whenever it changes. Mouse and keyboard handling is in {@link CanvasMouse}; this class
 * only builds and syncs nodes. Cards are kept by part id and updated in place, so a drag does not rebuild the scene.
 */
public final class CanvasView extends Region {

    private final EditorViewModel vm;
    private final Viewport viewport = new Viewport();
    private final ObjectProperty<Theme> theme;
    private final Canvas grid = new Canvas();
    private final Pane world = new Pane();
    /** The grid and the design: cached as one image while a live run animates over them. */
    private final Group backdrop = new Group();
    private final Group linkLayer = new Group();
    private final Group cardLayer = new Group();
    private final Pane overlay = new Pane();
    private final javafx.scene.control.Label emptyHint = new javafx.scene.control.Label(
            "Drag a part from the palette to start — Clients first, then the parts they call.\n"
                    + "Or open an example: File ▸ Open Example.");
    private final Map<String, PartCard> cards = new HashMap<>();
    private final Map<String, LinkArrow> arrows = new HashMap<>();
    private final CanvasMouse mouse;
    private final InlineRenamer renamer;
    private final CanvasMenus menus;

    /** A canvas for {@code vm}, painted in {@code theme}. */
    public CanvasView(EditorViewModel vm, ObjectProperty<Theme> theme) {
        this.vm = vm;
        this.theme = theme;
        getStyleClass().add("design-canvas");
        setId("canvas");
        setFocusTraversable(true);
        setAccessibleText("Design canvas");
        world.setManaged(false);
        world.getChildren().addAll(linkLayer, cardLayer);
        Translate pan = new Translate();
        Scale zoom = new Scale();
        pan.xProperty().bind(viewport.translateXProperty());
        pan.yProperty().bind(viewport.translateYProperty());
        zoom.xProperty().bind(viewport.scaleProperty());
        zoom.yProperty().bind(viewport.scaleProperty());
        world.getTransforms().addAll(pan, zoom);
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setMouseTransparent(true);
        backdrop.getChildren().addAll(grid, world);
        Rectangle backdropClip = new Rectangle();
        backdropClip.widthProperty().bind(widthProperty());
        backdropClip.heightProperty().bind(heightProperty());
        backdrop.setClip(backdropClip); // a cached backdrop stays the size of the view however far the design reaches
        getChildren().addAll(backdrop, overlay, emptyHint);
        getChildren().add(new Minimap(this, vm, viewport, theme));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        viewport.viewWidthProperty().bind(widthProperty());
        viewport.viewHeightProperty().bind(heightProperty());

        mouse = new CanvasMouse(this, vm, viewport);
        renamer = new InlineRenamer(this, vm);
        menus = new CanvasMenus(this, vm, viewport);
        viewport.scaleProperty().addListener(o -> paintGrid());
        viewport.translateXProperty().addListener(o -> paintGrid());
        viewport.translateYProperty().addListener(o -> paintGrid());
        theme.addListener(o -> paintGrid());
        vm.revisionProperty().addListener(o -> sync());
        vm.selectionProperty().addListener(o -> sync());
        sync();
    }

    /** The camera (zoom and pan). */
    public Viewport viewport() {
        return viewport;
    }

    /** Adds a part of {@code kind} where the palette drag was dropped; false when the point is not on the canvas. */
    public boolean dropKind(ComponentKind kind, double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !getLayoutBounds().contains(local)) {
            return false;
        }
        Point2D w = viewport.toWorld(local.getX(), local.getY());
        vm.addPart(kind, w.getX(), w.getY());
        requestFocus();
        return true;
    }

    /** Adds a part of {@code kind} in the middle of the visible area. */
    public void addAtCentre(ComponentKind kind) {
        Point2D c = viewport.worldCentre();
        vm.addPart(kind, c.getX(), c.getY());
    }

    /** Zooms and pans to show the whole design (or resets the camera for an empty one). */
    public void fitToDesign() {
        CardGeometry.extent(vm.design()).ifPresentOrElse(viewport::fit, viewport::reset);
    }

    /** What "Show in Inspector" in the context menu does (the window moves the focus to the inspector). */
    public void setOnShowInspector(Runnable r) {
        menus.setShowInspector(r);
    }

    /**
     * Draws the grid and the cards and links from one cached image while {@code on} (a live run animating over them):
     * the live layers above change every frame, and on the software pipeline re-rendering a few hundred card nodes
     * and blending two view-sized layers under them each frame is most of a frame's cost. The cache is rebuilt when
     * the design, the selection or the zoom changes.
     */
    public void setDesignCached(boolean on) {
        backdrop.setCache(on);
    }

    /**
     * Adds a live layer over the design, under the editing overlay and over live layers added before it. It is kept
     * out of the design's cache (which would otherwise be rebuilt, every card re-rendered, each time the layer
     * changes); its size and place are the layer's own business.
     */
    public void addLiveLayer(javafx.scene.Node layer) {
        layer.setManaged(false);
        getChildren().add(getChildren().indexOf(overlay), layer);
    }

    /** Extra context-menu items (fault injection) for the part or link with the given id. */
    public void setContextExtras(java.util.function.Function<String, java.util.List<javafx.scene.control.MenuItem>> f) {
        menus.setExtras(f);
    }

    /** Starts renaming the single selected part in place. */
    public void renameSelected() {
        List<String> parts = vm.selection().parts();
        if (parts.size() == 1) {
            renamer.start(parts.get(0));
        }
    }

    /** Starts renaming part {@code id} in place. */
    void rename(String id) {
        renamer.start(id);
    }

    PartCard card(String id) {
        return cards.get(id);
    }

    Pane world() {
        return world;
    }

    Pane overlay() {
        return overlay;
    }

    CanvasMouse mouse() {
        return mouse;
    }

    @Override
    protected void layoutChildren() {
        if (grid.getWidth() != getWidth() || grid.getHeight() != getHeight()) {
            grid.setWidth(getWidth());
            grid.setHeight(getHeight());
            paintGrid();
        }
        overlay.resize(getWidth(), getHeight());
        double w = emptyHint.prefWidth(-1);
        double h = emptyHint.prefHeight(-1);
        emptyHint.resizeRelocate((getWidth() - w) / 2, (getHeight() - h) / 2, w, h);
    }

    private void paintGrid() {
        GridPainter.paint(grid, viewport, theme.get());
    }

    /** Brings the nodes in line with the design: adds, updates and removes cards and arrows by id. */
    void sync() {
        Map<String, List<Problem>> bySubject = new HashMap<>();
        for (Problem p : vm.problemsProperty().get()) {
            for (String s : p.subjects()) {
                bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(p);
            }
        }
        Selection sel = vm.selection();
        Set<String> seen = new HashSet<>();
        List<PartCard> order = new ArrayList<>();
        for (Component c : vm.design().components()) {
            seen.add(c.id());
            PartCard card = cards.get(c.id());
            if (card == null || !card.getUserData().equals(c.kind().id())) {
                card = new PartCard(c);
                card.setUserData(c.kind().id());
                cards.put(c.id(), card);
            }
            card.update(c, sel.containsPart(c.id()), bySubject.getOrDefault(c.id(), List.of()));
            order.add(card);
        }
        cards.keySet().retainAll(seen);
        emptyHint.setVisible(seen.isEmpty());
        cardLayer.getChildren().setAll(order);

        seen.clear();
        List<LinkArrow> arrowOrder = new ArrayList<>();
        for (Link l : vm.design().links()) {
            seen.add(l.id());
            LinkArrow arrow = arrows.computeIfAbsent(l.id(), LinkArrow::new);
            Point2D[] ends = CardGeometry.ends(vm.design(), l);
            boolean error = bySubject.getOrDefault(l.id(), List.of()).stream()
                    .anyMatch(p -> p.severity() == Problem.Severity.ERROR);
            arrow.update(ends[0], ends[1], sel.containsLink(l.id()), error, l.textParam("endpoint"));
            arrowOrder.add(arrow);
        }
        arrows.keySet().retainAll(seen);
        linkLayer.getChildren().setAll(arrowOrder);
    }
}
