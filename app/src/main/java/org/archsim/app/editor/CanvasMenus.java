package org.archsim.app.editor;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.ComponentKind;
import org.archsim.model.Link;

/**
 * The canvas's context menus: on a part (rename, duplicate, copy, cut, delete, connect to another part, show in the
 * inspector, and fault injection once the simulator arrives), on a link (delete, show in the inspector) and on empty
 * space (add a part there, paste, select all, fit). Right-clicking something unselected selects it first, so the menu
 * always acts on what is highlighted.
 */
final class CanvasMenus {

    private final CanvasView view;
    private final EditorViewModel vm;
    private final Viewport viewport;
    private ContextMenu open;
    private Runnable showInspector = () -> { };

    CanvasMenus(CanvasView view, EditorViewModel vm, Viewport viewport) {
        this.view = view;
        this.vm = vm;
        this.viewport = viewport;
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    private java.util.function.Function<String, java.util.List<MenuItem>> extras = id -> java.util.List.of();

    void setExtras(java.util.function.Function<String, java.util.List<MenuItem>> f) {
        extras = f;
    }

    private Menu faults(String id) {
        Menu m = new Menu("Inject Fault");
        m.setId("menu-inject-fault");
        m.getItems().addAll(extras.apply(id));
        m.setDisable(m.getItems().isEmpty());
        return m;
    }

    void setShowInspector(Runnable r) {
        showInspector = r;
    }

    private void requested(ContextMenuEvent e) {
        if (open != null) {
            open.hide();
        }
        Point2D w = viewport.toWorld(e.getX(), e.getY());
        Optional<Component> part = CardGeometry.partAt(vm.design(), w.getX(), w.getY());
        Optional<Link> link = part.isPresent() ? Optional.empty()
                : CardGeometry.linkAt(vm.design(), w.getX(), w.getY(), 6 / viewport.scale());
        ContextMenu menu = new ContextMenu();
        menu.setId("canvas-menu");
        if (part.isPresent()) {
            if (!vm.selection().containsPart(part.get().id())) {
                vm.clickPart(part.get().id(), false);
            }
            partItems(menu, part.get());
        } else if (link.isPresent()) {
            if (!vm.selection().containsLink(link.get().id())) {
                vm.clickLink(link.get().id(), false);
            }
            menu.getItems().addAll(item("Delete Link", vm::deleteSelection), item("Show in Inspector", showInspector),
                    new SeparatorMenuItem(), faults(link.get().id()));
        } else {
            emptyItems(menu, w);
        }
        open = menu;
        menu.show(view, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void partItems(ContextMenu menu, Component c) {
        boolean single = vm.selection().parts().size() == 1;
        MenuItem rename = item("Rename", () -> view.rename(c.id()));
        rename.setDisable(!single);
        Menu connect = new Menu("Connect to");
        for (Component other : vm.design().components()) {
            if (ConnectRules.refusal(vm.design(), c.id(), other.id()).isEmpty()) {
                connect.getItems().add(item(other.name(), () -> vm.connect(c.id(), other.id())));
            }
        }
        connect.setDisable(connect.getItems().isEmpty() || !single);
        Menu fault = faults(c.id());
        menu.getItems().addAll(rename, item("Duplicate", () -> vm.clipboard().duplicate()),
                item("Copy", () -> vm.clipboard().copy()), item("Cut", () -> vm.clipboard().cut()),
                item("Delete", vm::deleteSelection), new SeparatorMenuItem(), connect,
                item("Show in Inspector", showInspector), new SeparatorMenuItem(), fault);
    }

    private void emptyItems(ContextMenu menu, Point2D w) {
        Menu add = new Menu("Add Part Here");
        for (ComponentKind k : Catalog.standard().kinds()) {
            add.getItems().add(item(k.displayName(), () -> vm.addPart(k, w.getX(), w.getY())));
        }
        menu.getItems().addAll(add, item("Paste", () -> vm.clipboard().paste()), new SeparatorMenuItem(),
                item("Select All", vm::selectAll), item("Fit to Design", view::fitToDesign));
    }

    private static MenuItem item(String text, Runnable run) {
        MenuItem i = new MenuItem(text);
        i.setMnemonicParsing(false);
        i.setOnAction(e -> run.run());
        return i;
    }
}
