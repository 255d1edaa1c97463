package org.archsim.app.export.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.archsim.app.export.Fixtures;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;

/** Cards at the parts' positions; link routes from border to border that keep out of every card. */
class LayoutTest {

    @Test
    void routesRunBorderToBorderAndAvoidCardInteriorsInEveryExample() {
        for (var f : Fixtures.exampleFiles()) {
            String stem = f.getFileName().toString().replace(".archsim.json", "");
            Design d = Fixtures.example(stem);
            DiagramLayout layout = DiagramLayout.of(d, Set.of(), false);
            Map<String, Box> cards = layout.cards();
            assertThat(layout.routes()).hasSize(d.links().size());
            for (Route r : layout.routes()) {
                Box s = cards.get(r.from());
                Box t = cards.get(r.to());
                assertThat(onBorder(s, r.xs()[0], r.ys()[0])).as(stem + " " + r.from() + " start").isTrue();
                int n = r.size() - 1;
                assertThat(onBorder(t, r.xs()[n], r.ys()[n])).as(stem + " " + r.to() + " end").isTrue();
                for (Box b : cards.values()) {
                    assertThat(r.crosses(b.inflate(-1))).as(stem + ": " + r.from() + "->" + r.to()).isFalse();
                }
            }
        }
    }

    @Test
    void anObstacleInTheWayIsGoneAround() {
        Box s = new Box(0, 0, 100, 50);
        Box mid = new Box(200, 0, 100, 50);
        Box t = new Box(400, 0, 100, 50);
        Route r = LinkRouter.route("a", "c", s, t, 0, java.util.List.of(s, mid, t));
        assertThat(r.crosses(mid.inflate(-1))).isFalse();
        assertThat(r.size()).isGreaterThan(2);
    }

    @Test
    void cardsKeepTheDesignsRelativePositionsAndSelectionShrinksTheDiagram() {
        Design d = Fixtures.small();
        DiagramLayout all = DiagramLayout.of(d, Set.of(), false);
        assertThat(all.cards().get("users").x()).isEqualTo(CardGeometry.MARGIN);
        assertThat(all.cards().get("app").x() - all.cards().get("users").x()).isEqualTo(220);
        DiagramLayout two = DiagramLayout.of(d, Set.of("app", "db"), false);
        assertThat(two.cards()).containsOnlyKeys("app", "db");
        assertThat(two.routes()).hasSize(1);
        assertThat(two.width()).isLessThan(all.width());
        assertThat(DiagramLayout.of(d, Set.of(), true).height()).isEqualTo(all.height() + CardGeometry.METRICS_HEIGHT);
    }

    private static boolean onBorder(Box b, double x, double y) {
        return b.inflate(0.01).contains(x, y) && !b.inflate(-0.01).contains(x, y);
    }
}
