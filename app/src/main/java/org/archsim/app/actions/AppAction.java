package org.archsim.app.actions;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

/**
 * One thing the learner can do, with everything the menus, the command palette and the shortcut list need.
 *
 * @param id          stable id, also the node id of its menu item ({@code edit.undo})
 * @param menu        the menu it belongs to ("File", "Edit", ...)
 * @param title       its name, which may change (Undo shows what it undoes)
 * @param accelerator its shortcut, or null
 * @param enabled     whether it can run now
 * @param run         what it does
 */
public record AppAction(String id, String menu, ObservableStringValue title, KeyCombination accelerator,
                        ObservableBooleanValue enabled, Runnable run) {

    public AppAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(run, "run");
    }

    /** The shortcut as shown to the learner ("Ctrl+Shift+Z"), or empty. */
    public String shortcutText() {
        return accelerator == null ? "" : accelerator.getDisplayText();
    }

    /** Runs the action if it is enabled; returns whether it ran. */
    public boolean runIfEnabled() {
        if (!enabled.get()) {
            return false;
        }
        run.run();
        return true;
    }
}
