package org.archsim.app;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archsim.app.icons.IconLoader;
import org.archsim.app.settings.Theme;
import org.archsim.model.Catalog;
import org.archsim.model.ComponentKind;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.rules.DesignRules;

/**
 * Startup work that does not need the JavaFX thread, done on a background thread while JavaFX starts its toolkit:
 * the catalog and its icons, the JSON reader (by reading the design about to be opened), the design rules, the theme's
 * stylesheet parser, and the classes of the window's views. The window then finds them loaded instead of loading them
 * one after the other on the thread that draws the first frame. Nothing here changes state the window depends on:
 * caches are thread-safe and a failure is ignored (the window does the same work again and reports it properly).
 */
final class Preload {

    /** Classes the first window needs; loading (not initialising) them is safe on any thread. */
    private static final List<String> VIEW_CLASSES = List.of("org.archsim.app.shell.MainWindow",
            "org.archsim.app.editor.CanvasView", "org.archsim.app.editor.CanvasMouse",
            "org.archsim.app.editor.PartCard", "org.archsim.app.editor.LinkArrow",
            "org.archsim.app.inspector.InspectorView", "org.archsim.app.inspector.ParamEditors",
            "org.archsim.app.palette.PaletteView", "org.archsim.app.shell.WindowActions",
            "org.archsim.app.shell.MenuBarBuilder", "org.archsim.app.shell.StatusBar",
            "javafx.scene.control.SplitPane", "javafx.scene.control.skin.SplitPaneSkin",
            "javafx.scene.control.MenuBar", "javafx.scene.control.skin.MenuBarSkin",
            "javafx.scene.control.TitledPane", "javafx.scene.control.ScrollPane",
            "javafx.scene.control.skin.ScrollPaneSkin", "javafx.scene.control.TextField",
            "javafx.scene.control.skin.TextFieldSkin", "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.skin.ButtonSkin", "javafx.scene.shape.SVGPath");

    private Preload() {
    }

    /** Starts the background warm-up for a window about to open {@code args} (a design path or nothing). */
    static void start(String[] args) {
        if ("false".equals(System.getProperty("archsim.preload"))) {
            return;
        }
        Thread t = new Thread(() -> warm(args), "archsim-preload");
        t.setDaemon(true);
        t.start();
    }

    private static void warm(String[] args) {
        try {
            Catalog catalog = Catalog.standard();
            for (ComponentKind k : catalog.kinds()) {
                IconLoader.icon(k.icon());
            }
            if (args.length == 1 && Files.isRegularFile(Path.of(args[0]))) {
                Design d = DesignCodec.read(Path.of(args[0]));
                DesignRules.check(d);
            }
            URL css = Preload.class.getResource(Theme.LIGHT.userAgentStylesheet());
            if (css != null) {
                new javafx.css.CssParser().parse(css);
            }
            ClassLoader loader = Preload.class.getClassLoader();
            for (String name : VIEW_CLASSES) {
                Class.forName(name, false, loader);
            }
        } catch (Exception | LinkageError e) {
            // Only a head start: the window loads whatever is missing itself and reports real problems.
        }
    }
}
