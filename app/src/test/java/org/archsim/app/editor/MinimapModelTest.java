package org.archsim.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** The minimap's arithmetic: when it shows, what it covers, and that a click centres the view there. */
class MinimapModelTest {

    private final Viewport viewport = new Viewport();
    private final MinimapModel map = new MinimapModel(viewport, 200, 130);

    MinimapModelTest() {
        viewport.viewWidthProperty().set(800);
        viewport.viewHeightProperty().set(600);
    }

    @Test
    void showsOnlyWhilePartOfTheDesignIsOutOfView() {
        assertThat(map.needed(Optional.empty())).isFalse();
        assertThat(map.needed(Optional.of(new BoundingBox(100, 100, 400, 300)))).isFalse();
        assertThat(map.needed(Optional.of(new BoundingBox(100, 100, 2000, 300)))).isTrue();
        viewport.zoomAt(0.25, 0, 0);
        assertThat(map.needed(Optional.of(new BoundingBox(100, 100, 2000, 300)))).as("zoomed out: all visible")
                .isFalse();
    }

    @Test
    void coversDesignAndViewAndFitsTheMaximumSize() {
        Bounds design = new BoundingBox(0, 0, 3000, 1000);
        Bounds area = map.area(design);
        assertThat(area.contains(map.visibleWorld())).isTrue();
        assertThat(area.getMinX()).isEqualTo(-MinimapModel.MARGIN);
        assertThat(area.getMaxX()).isEqualTo(3000 + MinimapModel.MARGIN);
        Point2D size = map.size(area);
        assertThat(size.getX()).isLessThanOrEqualTo(200);
        assertThat(size.getY()).isLessThanOrEqualTo(130);
        assertThat(Math.max(size.getX(), size.getY() * 200 / 130)).isCloseTo(200, within(1.0));
    }

    @Test
    void clickingCentresTheViewOnThatPoint() {
        Bounds area = map.area(new BoundingBox(0, 0, 3000, 1000));
        Bounds target = map.toMap(area, new BoundingBox(2500, 700, 0, 0));
        map.centreOn(area, target.getMinX(), target.getMinY());
        Point2D centre = viewport.worldCentre();
        assertThat(centre.getX()).isCloseTo(2500, within(0.01));
        assertThat(centre.getY()).isCloseTo(700, within(0.01));
    }
}
