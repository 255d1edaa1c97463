package org.archsim.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.archsim.app.settings.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The grid as pixels: one-pixel lines every cell, a major line every fifth, background in between, panning moves it. */
@ExtendWith(ApplicationExtension.class)
class GridPainterUiTest {

    @Test
    void linesAreOnePixelWideAtEveryCellAndFollowThePan(FxRobot robot) {
        Theme theme = Theme.LIGHT;
        int cell = (int) CardGeometry.GRID;
        PixelReader still = paint(robot, theme, 0, 0);
        // Row 3 is between horizontal lines: it shows only the vertical lines.
        assertThat(still.getColor(0, 3)).isEqualTo(theme.gridMajor());
        assertThat(still.getColor(1, 3)).isEqualTo(theme.canvasBackground());
        assertThat(still.getColor(cell - 1, 3)).isEqualTo(theme.canvasBackground());
        assertThat(still.getColor(cell, 3)).isEqualTo(theme.gridMinor());
        assertThat(still.getColor(cell + 1, 3)).isEqualTo(theme.canvasBackground());
        assertThat(still.getColor(5 * cell, 3)).isEqualTo(theme.gridMajor());
        assertThat(still.getColor(3, cell)).isEqualTo(theme.gridMinor());

        PixelReader panned = paint(robot, theme, 7, 0);
        assertThat(panned.getColor(7, 3)).isEqualTo(theme.gridMajor());
        assertThat(panned.getColor(0, 3)).isEqualTo(theme.canvasBackground());
        assertThat(panned.getColor(cell + 7, 3)).isEqualTo(theme.gridMinor());
    }

    private static PixelReader paint(FxRobot robot, Theme theme, double panX, double panY) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(200, 120);
            Viewport vp = new Viewport();
            vp.panBy(panX, panY);
            GridPainter.paint(canvas, vp, theme);
            shot[0] = canvas.snapshot(null, null);
        });
        return shot[0].getPixelReader();
    }
}
