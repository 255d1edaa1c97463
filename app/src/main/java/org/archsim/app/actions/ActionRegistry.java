package org.archsim.app.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

/** The actions of one window, in menu order. */
public final class ActionRegistry {

    private static final ObservableBooleanValue ALWAYS = new SimpleBooleanProperty(true);

    private final Map<String, AppAction> actions = new LinkedHashMap<>();

    /** Registers an action that is always enabled. */
    public AppAction add(String id, String menu, String title, KeyCombination shortcut, Runnable run) {
        return add(id, menu, Bindings.createStringBinding(() -> title), shortcut, ALWAYS, run);
    }

    /** Registers an action with a changing title; {@code shortcut} may be null. */
    public AppAction add(String id, String menu, ObservableStringValue title, KeyCombination shortcut,
                         ObservableBooleanValue enabled, Runnable run) {
        AppAction a = new AppAction(id, menu, title, shortcut, enabled, run);
        if (actions.put(id, a) != null) {
            throw new IllegalArgumentException("action " + id + " registered twice");
        }
        return a;
    }

    /** Registers an action enabled while {@code enabled} holds. */
    public AppAction add(String id, String menu, String title, KeyCombination shortcut, ObservableBooleanValue enabled,
                         Runnable run) {
        return add(id, menu, Bindings.createStringBinding(() -> title), shortcut, enabled, run);
    }

    public Optional<AppAction> get(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    /** The action with this id; throws when absent. */
    public AppAction require(String id) {
        return get(id).orElseThrow(() -> new IllegalArgumentException("no action " + id));
    }

    /** All actions in registration order. */
    public List<AppAction> all() {
        return new ArrayList<>(actions.values());
    }

    /** The actions of one menu, in order. */
    public List<AppAction> menu(String menu) {
        return actions.values().stream().filter(a -> menu.equals(a.menu())).toList();
    }
}
