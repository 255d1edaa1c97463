package org.archsim.app.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.editor.ProblemsView;
import org.archsim.app.editor.Selection;
import org.archsim.app.editor.Viewport;

/**
 * The status bar: what is selected, the last message (or a hint on how to work the canvas), the problem count (click
 * to show the list) and the zoom (click to fit the design).
 */
final class StatusBar extends HBox {

    static final String HINT = "Drag parts from the palette · drag from a part's right handle to connect · "
            + "Ctrl+K finds any command";

    StatusBar(EditorViewModel vm, Viewport viewport, Runnable toggleProblems, Runnable fit) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        setPadding(new Insets(3, 12, 3, 12));
        Label selection = new Label();
        selection.setId("status-selection");
        selection.textProperty().bind(Bindings.createStringBinding(() -> describe(vm),
                vm.selectionProperty(), vm.revisionProperty()));
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(Bindings.when(vm.messageProperty().isEmpty()).then(HINT)
                .otherwise(vm.messageProperty()));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Hyperlink problems = new Hyperlink();
        problems.setId("status-problems");
        problems.textProperty().bind(Bindings.createStringBinding(() -> ProblemsView.summary(vm.problemsProperty().get()),
                vm.problemsProperty()));
        problems.setOnAction(e -> toggleProblems.run());
        problems.setFocusTraversable(false);
        Hyperlink zoom = new Hyperlink();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewport.scale() * 100) + " %", viewport.scaleProperty()));
        zoom.setOnAction(e -> fit.run());
        zoom.setFocusTraversable(false);
        getChildren().addAll(selection, message, problems, zoom);
    }

    /** "Nothing selected", "Catalog service (Service)", "users → gateway", "3 parts and 2 links selected". */
    static String describe(EditorViewModel vm) {
        Selection s = vm.selection();
        if (s.isEmpty()) {
            return "Nothing selected";
        }
        if (s.parts().size() == 1 && s.links().isEmpty()) {
            return vm.design().component(s.parts().get(0)).map(c -> c.name() + " (" + c.kind().displayName() + ")")
                    .orElse("");
        }
        if (s.links().size() == 1 && s.parts().isEmpty()) {
            return vm.design().link(s.links().get(0)).map(l -> vm.design().requireComponent(l.from()).name() + " → "
                    + vm.design().requireComponent(l.to()).name()).orElse("");
        }
        String parts = s.parts().isEmpty() ? "" : count(s.parts().size(), "part");
        String links = s.links().isEmpty() ? "" : count(s.links().size(), "link");
        return parts + (parts.isEmpty() || links.isEmpty() ? "" : " and ") + links + " selected";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
