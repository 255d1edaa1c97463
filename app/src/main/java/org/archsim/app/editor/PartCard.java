package org.archsim.app.editor;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.archsim.app.icons.IconLoader;
import org.archsim.app.settings.Theme;
import org.archsim.model.Component;
import org.archsim.model.rules.Problem;

/**
 * How one part looks on the canvas: a card with a category-coloured stripe, the kind's icon, the part's name and
 * kind, a connect handle on the right edge, and a problem badge (circle for an error, triangle for a warning — shape as
 * well as colour, for colour-blind learners) whose tooltip lists the problems. Purely visual: hit testing is done by
 * {@link CardGeometry}.
 */
final class PartCard extends Group {

    private final String id;
    private final Region body = new Region();
    private final Label name = new Label();
    private final Label kind = new Label();
    private final Circle handle = new Circle(CardGeometry.HANDLE_RADIUS);
    private final StackPane badge = new StackPane();
    private final Tooltip badgeTip = new Tooltip();
    private String badgeState = "";

    PartCard(Component c) {
        this.id = c.id();
        getStyleClass().add("part-card");
        setId("part-" + c.id());
        body.getStyleClass().add("card-body");
        body.setPrefSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        body.resize(CardGeometry.WIDTH, CardGeometry.HEIGHT);

        Rectangle stripe = new Rectangle(5, CardGeometry.HEIGHT - 2);
        stripe.setFill(Theme.categoryColor(c.kind().category()));
        stripe.relocate(1, 1);
        stripe.getStyleClass().add("card-stripe");

        Node icon = IconLoader.node(c.kind().icon(), 26, Theme.categoryColor(c.kind().category()));
        name.getStyleClass().add("card-name");
        kind.getStyleClass().add("card-kind");
        kind.setText(c.kind().displayName());
        VBox text = new VBox(1, name, kind);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(10, icon, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 10, 0, 16));
        row.setPrefSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        row.resize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        row.setMouseTransparent(true);
        name.setMaxWidth(CardGeometry.WIDTH - 62);
        kind.setMaxWidth(CardGeometry.WIDTH - 62);

        handle.getStyleClass().add("connect-handle");
        handle.setCenterX(CardGeometry.WIDTH);
        handle.setCenterY(CardGeometry.HEIGHT / 2);

        badge.getStyleClass().add("problem-badge");
        badge.setVisible(false);
        badgeTip.setShowDelay(Duration.millis(200));
        badgeTip.setWrapText(true);
        badgeTip.setMaxWidth(360);
        Tooltip.install(badge, badgeTip);

        getChildren().addAll(body, stripe, row, handle, badge);
        update(c, false, List.of());
    }

    String partId() {
        return id;
    }

    /** Brings the card up to date with its part, its selection state and its problems. */
    void update(Component c, boolean selected, List<Problem> problems) {
        relocate(c.x(), c.y());
        // relocate() positions by layout bounds, which the handle and badge stick out of; pin the body's corner.
        setLayoutX(c.x());
        setLayoutY(c.y());
        name.setText(c.name());
        pseudoClassStateChanged(EditorStyles.SELECTED, selected);
        updateBadge(problems);
    }

    private void updateBadge(List<Problem> problems) {
        boolean error = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        String state = problems.isEmpty() ? "" : (error ? "error" : "warning");
        badgeTip.setText(problems.stream().map(Problem::message).collect(Collectors.joining("\n\n")));
        badge.setVisible(!problems.isEmpty());
        if (state.equals(badgeState)) {
            return;
        }
        badgeState = state;
        badge.getChildren().clear();
        if (state.isEmpty()) {
            return;
        }
        Node shape;
        if (error) {
            Circle circle = new Circle(9, Theme.ERROR);
            shape = circle;
        } else {
            Polygon triangle = new Polygon(10, 0, 20, 17, 0, 17);
            triangle.setFill(Theme.WARNING);
            shape = triangle;
        }
        shape.getStyleClass().add("badge-shape");
        Label mark = new Label("!");
        mark.getStyleClass().add(error ? "badge-mark-error" : "badge-mark-warning");
        badge.getChildren().addAll(shape, mark);
        badge.setId("badge-" + id);
        badge.relocate(CardGeometry.WIDTH - 12, -10);
        badge.setAccessibleText((error ? "Error: " : "Warning: ") + badgeTip.getText());
    }

    /** The label showing the part's name (the inline editor is placed over it). */
    Label nameLabel() {
        return name;
    }
}
