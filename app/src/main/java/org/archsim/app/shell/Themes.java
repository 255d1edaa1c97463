package org.archsim.app.shell;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.archsim.app.settings.AppSettings;
import org.archsim.app.settings.Theme;

/**
 * Applies the look to a scene and keeps it current: the editor stylesheet, the theme's style class on the root (the
 * AtlantaFX base theme itself is application-wide, see {@link AppWindows}) and the text size as the root font size —
 * the base theme sizes controls in em, so the whole interface scales with it.
 */
final class Themes {

    /** The base theme's font size at 100 %. */
    static final double BASE_FONT_PX = 14;

    private static final String EDITOR_CSS = Objects.requireNonNull(
            Themes.class.getResource("/assets/themes/editor.css"), "editor.css on the class path").toExternalForm();

    private Themes() {
    }

    static void install(Scene scene, AppSettings settings) {
        scene.getStylesheets().add(EDITOR_CSS);
        Parent root = scene.getRoot();
        apply(root, settings.themeProperty().get(), settings.textScaleProperty().get());
        settings.themeProperty().addListener((o, a, b) -> apply(root, b, settings.textScaleProperty().get()));
        settings.textScaleProperty().addListener((o, a, b) -> apply(root, settings.themeProperty().get(),
                b.intValue()));
    }

    private static void apply(Parent root, Theme theme, int textPercent) {
        root.getStyleClass().removeAll(Theme.LIGHT.styleClass(), Theme.DARK.styleClass());
        root.getStyleClass().add(theme.styleClass());
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * textPercent / 100.0));
    }
}
