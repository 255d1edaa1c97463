package org.archsim.app.fx;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first enters their node. A tooltip is a popup window with its own styles, and the
 * first one also initialises the tooltip machinery and its fonts: a cost the window's first frame need not pay for a
 * hint nobody has asked for yet.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** Installs the tooltip {@code make} builds on {@code node} the first time the pointer enters it. */
    public static void install(Node node, Supplier<Tooltip> make) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, make.get());
            }
        });
    }
}
