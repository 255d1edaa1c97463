package org.archsim.app.palette;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.archsim.app.icons.IconLoader;
import org.archsim.app.settings.Theme;
import org.archsim.app.fx.LazyTooltip;
import org.archsim.model.ComponentKind;

/**
 * The palette on the left of the window: a filter field and one tile per kind under its category heading. A tile
 * is dragged onto the canvas (a ghost card follows the pointer on {@code dragLayer}), or added at the canvas centre
 * by double-click or Enter. Enter in the filter field adds the first match.
 */
public final class PaletteView extends VBox {

    /** Where a dragged kind is dropped: returns whether the scene point was on the canvas. */
    @FunctionalInterface
    public interface DropTarget {
        boolean drop(ComponentKind kind, double sceneX, double sceneY);
    }

    private final PaletteViewModel vm;
    private final Consumer<ComponentKind> addAtCentre;
    private final DropTarget dropTarget;
    private final Pane dragLayer;
    private final TextField filter = new TextField();
    private final VBox list = new VBox(2);

    public PaletteView(PaletteViewModel vm, Consumer<ComponentKind> addAtCentre, DropTarget dropTarget, Pane dragLayer) {
        this.vm = vm;
        this.addAtCentre = addAtCentre;
        this.dropTarget = dropTarget;
        this.dragLayer = dragLayer;
        getStyleClass().add("palette");
        setId("palette");
        filter.setPromptText("Filter parts…");
        filter.setId("palette-filter");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !vm.visibleKinds().isEmpty()) {
                addAtCentre.accept(vm.visibleKinds().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                e.consume();
            }
        });
        Label title = new Label("Parts");
        title.getStyleClass().add("panel-title");
        Label help = new Label("Drag onto the canvas, or double-click.");
        help.getStyleClass().add("panel-help");
        help.setWrapText(true);
        list.setPadding(new Insets(4, 0, 8, 0));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setSpacing(8);
        setPadding(new Insets(12, 8, 0, 12));
        getChildren().addAll(title, filter, help, scroll);
        vm.groupsProperty().addListener(o -> rebuild());
        rebuild();
    }

    /** Puts the keyboard focus in the filter field. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void rebuild() {
        list.getChildren().clear();
        for (PaletteViewModel.Group g : vm.groupsProperty().get()) {
            Label heading = new Label(g.category().displayName().toUpperCase());
            heading.getStyleClass().add("palette-heading");
            list.getChildren().add(heading);
            for (ComponentKind k : g.kinds()) {
                list.getChildren().add(tile(k));
            }
        }
        if (list.getChildren().isEmpty()) {
            Label none = new Label("No part matches \"" + vm.filterProperty().get() + "\".");
            none.getStyleClass().add("panel-help");
            list.getChildren().add(none);
        }
    }

    private Node tile(ComponentKind k) {
        Node icon = IconLoader.node(k.icon(), 22, Theme.categoryColor(k.category()));
        Label name = new Label(k.displayName());
        HBox tile = new HBox(10, icon, name);
        tile.setAlignment(Pos.CENTER_LEFT);
        tile.getStyleClass().add("palette-tile");
        tile.setId("palette-" + k.id());
        tile.setFocusTraversable(true);
        tile.setAccessibleText(k.displayName() + ": " + k.description());
        LazyTooltip.install(tile, () -> {
            Tooltip tip = new Tooltip(k.description());
            tip.setShowDelay(Duration.millis(400));
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            return tip;
        });
        tile.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                addAtCentre.accept(k);
            }
        });
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                addAtCentre.accept(k);
                e.consume();
            }
        });
        new PaletteDrag(tile, k, dragLayer, dropTarget);
        return tile;
    }
}
