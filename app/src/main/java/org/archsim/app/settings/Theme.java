package org.archsim.app.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Map;
import javafx.scene.paint.Color;
import org.archsim.model.Category;

/**
 * The two looks of the app. Each pairs an AtlantaFX base stylesheet with the few colours the editor draws itself
 * (the grid canvas); everything else is styled in {@code /assets/themes/editor.css} with the base theme's colour
 * variables, so it follows the theme automatically.
 *
 * <p>Category and problem colours come from the Okabe–Ito palette, chosen to stay distinguishable with the common
 * forms of colour blindness; problems also differ in shape (circle for errors, triangle for warnings).
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), Color.web("#f6f8fa"), Color.web("#eaeef2"), Color.web("#d0d7de")),
    DARK(new PrimerDark().getUserAgentStylesheet(), Color.web("#0d1117"), Color.web("#161b22"), Color.web("#262d36"));

    /** Vermillion: errors. */
    public static final Color ERROR = Color.web("#D55E00");
    /** Yellow: warnings (drawn as a triangle with a dark mark). */
    public static final Color WARNING = Color.web("#F0E442");

    private static final Map<Category, Color> CATEGORY = Map.of(
            Category.TRAFFIC, Color.web("#CC79A7"),
            Category.EDGE, Color.web("#56B4E9"),
            Category.COMPUTE, Color.web("#009E73"),
            Category.DATA, Color.web("#E69F00"),
            Category.MESSAGING, Color.web("#3D8FD1"));

    private final String userAgentStylesheet;
    private final Color canvasBackground;
    private final Color gridMinor;
    private final Color gridMajor;

    Theme(String userAgentStylesheet, Color canvasBackground, Color gridMinor, Color gridMajor) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.canvasBackground = canvasBackground;
        this.gridMinor = gridMinor;
        this.gridMajor = gridMajor;
    }

    /** The AtlantaFX stylesheet to install with {@code Application.setUserAgentStylesheet}. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** The canvas background behind the grid. */
    public Color canvasBackground() {
        return canvasBackground;
    }

    /** Colour of the grid's minor lines (every cell). */
    public Color gridMinor() {
        return gridMinor;
    }

    /** Colour of the grid's major lines (every fifth cell). */
    public Color gridMajor() {
        return gridMajor;
    }

    /** The style class set on the scene root, so the editor stylesheet can tell the themes apart. */
    public String styleClass() {
        return this == DARK ? "theme-dark" : "theme-light";
    }

    /** The accent colour of a palette category (card stripe and icon). */
    public static Color categoryColor(Category c) {
        return CATEGORY.get(c);
    }

    /** The other theme. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
