package org.archsim.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;

class GeometryAndViewportTest {

    private static Design twoParts() {
        Design d = new Design("t");
        d.addComponent(new Component("a", Catalog.standard().require("service"), 0, 0));
        d.addComponent(new Component("b", Catalog.standard().require("database"), 400, 0));
        d.connect(new Link("a", "b"));
        return d;
    }

    @Test
    void hitTestingFindsPartsHandlesAndLinks() {
        Design d = twoParts();
        assertThat(CardGeometry.partAt(d, 10, 10)).map(Component::id).hasValue("a");
        assertThat(CardGeometry.partAt(d, 300, 10)).isEmpty();
        assertThat(CardGeometry.handleAt(d, CardGeometry.WIDTH + 2, CardGeometry.HEIGHT / 2, 1))
                .map(Component::id).hasValue("a");
        assertThat(CardGeometry.linkAt(d, 300, CardGeometry.HEIGHT / 2, 3)).map(Link::id).hasValue("a->b");
        assertThat(CardGeometry.linkAt(d, 300, 200, 3)).isEmpty();
    }

    @Test
    void linksRunBetweenCardEdgesAndAPairThatCallsBothWaysIsDrawnApart() {
        Design d = twoParts();
        Point2D[] ends = CardGeometry.ends(d, d.requireLink("a->b"));
        assertThat(ends[0].getX()).isCloseTo(CardGeometry.WIDTH, within(1e-9));
        assertThat(ends[1].getX()).isCloseTo(400, within(1e-9));
        d.connect(new Link("b", "a"));
        Point2D[] back = CardGeometry.ends(d, d.requireLink("b->a"));
        Point2D[] forth = CardGeometry.ends(d, d.requireLink("a->b"));
        assertThat(Math.abs(back[0].getY() - forth[1].getY())).isGreaterThan(10);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorAndStaysWithinLimits() {
        Viewport vp = new Viewport();
        Point2D before = vp.toWorld(300, 200);
        vp.zoomAt(2, 300, 200);
        assertThat(vp.toWorld(300, 200).distance(before)).isLessThan(1e-9);
        for (int i = 0; i < 40; i++) {
            vp.zoomIn();
        }
        assertThat(vp.scale()).isEqualTo(Viewport.MAX_SCALE);
        for (int i = 0; i < 40; i++) {
            vp.zoomOut();
        }
        assertThat(vp.scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void fitShowsTheWholeDesignWithoutZoomingInPastActualSize() {
        Viewport vp = new Viewport();
        vp.viewWidthProperty().set(800);
        vp.viewHeightProperty().set(600);
        vp.fit(new BoundingBox(0, 0, 3000, 500));
        assertThat(vp.scale()).isLessThan(1);
        Point2D topLeft = vp.toWorld(0, 0);
        Point2D bottomRight = vp.toWorld(800, 600);
        assertThat(topLeft.getX()).isLessThanOrEqualTo(0);
        assertThat(bottomRight.getX()).isGreaterThanOrEqualTo(3000);
        vp.fit(new BoundingBox(0, 0, 10, 10));
        assertThat(vp.scale()).isEqualTo(1);
    }
}
