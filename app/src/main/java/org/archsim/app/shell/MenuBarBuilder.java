package org.archsim.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.app.actions.AppAction;
import org.archsim.app.actions.Keys;
import org.archsim.model.Design;

/**
 * Builds the menu bar from the window's {@link ActionRegistry}, with the Open Recent and Open Example submenus, and
 * adds the alternative shortcuts a menu item cannot carry (Ctrl+Y for Redo, Ctrl+Plus and the keypad for zoom).
 */
final class MenuBarBuilder {

    static final List<String> MENUS = List.of("File", "Edit", "View", "Simulate", "Lessons", "Help");
    /** Actions that start a new group in their menu. */
    private static final Set<String> GROUP_STARTS = Set.of("file.save", "file.close", "edit.cut", "edit.duplicate",
            "edit.rename", "view.zoomIn", "view.problems", "view.textLarger", "view.palette", "lessons.practice",
            "help.shortcuts");

    private MenuBarBuilder() {
    }

    static MenuBar build(ActionRegistry registry, MainWindow w) {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        for (String name : MENUS) {
            Menu menu = new Menu(name);
            menu.setId("menu-" + name.toLowerCase());
            for (AppAction a : registry.menu(name)) {
                if (GROUP_STARTS.contains(a.id())) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                menu.getItems().add(item(a));
                if (a.id().equals("file.open")) {
                    menu.getItems().addAll(recentMenu(w), examplesMenu(w));
                }
            }
            bar.getMenus().add(menu);
        }
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    static MenuItem item(AppAction a) {
        MenuItem item = new MenuItem();
        item.setId("menu-" + a.id().replace('.', '-'));
        item.textProperty().bind(a.title());
        item.setAccelerator(a.accelerator());
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(a.enabled()));
        item.setOnAction(e -> a.run().run());
        return item;
    }

    /** Extra shortcuts for actions that already have one on their menu item. */
    static void installExtraKeys(Scene scene, ActionRegistry r) {
        scene.getAccelerators().put(Keys.shortcut(KeyCode.Y), () -> r.require("edit.redo").runIfEnabled());
        scene.getAccelerators().put(Keys.shortcut(KeyCode.PLUS), () -> r.require("view.zoomIn").runIfEnabled());
        scene.getAccelerators().put(Keys.shortcut(KeyCode.ADD), () -> r.require("view.zoomIn").runIfEnabled());
        scene.getAccelerators().put(Keys.shortcut(KeyCode.SUBTRACT), () -> r.require("view.zoomOut").runIfEnabled());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> r.require("view.zoomIn").runIfEnabled());
    }

    private static Menu recentMenu(MainWindow w) {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-file-recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : w.app().settings().recentFiles()) {
                MenuItem item = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> w.openAndFit(p));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent designs");
                none.setDisable(true);
                recent.getItems().add(none);
            } else {
                MenuItem clear = new MenuItem("Clear Recent");
                clear.setOnAction(e -> w.app().settings().clearRecent());
                recent.getItems().addAll(new SeparatorMenuItem(), clear);
            }
        };
        fill.run();
        w.app().settings().recentFiles().addListener((ListChangeListener<Path>) c -> fill.run());
        return recent;
    }

    private static Menu examplesMenu(MainWindow w) {
        Menu examples = new Menu("Open Example");
        examples.setId("menu-file-examples");
        for (String[] ex : Examples.ALL) {
            MenuItem item = new MenuItem(ex[1]);
            item.setOnAction(e -> openExample(w, ex[0]));
            examples.getItems().add(item);
        }
        return examples;
    }

    /** Opens a bundled example as a new, not yet saved design. */
    static void openExample(MainWindow w, String base) {
        try {
            Design d = Examples.read(base);
            if (w.document().openUntitled(d)) {
                w.canvas().fitToDesign();
            }
        } catch (Exception ex) {
            w.editor().notice("Cannot open the example: " + ex.getMessage());
        }
    }
}
