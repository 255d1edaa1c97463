package org.archsim.app.actions;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Short ways to write shortcuts; "shortcut" is Ctrl, or Cmd on macOS. */
public final class Keys {

    private Keys() {
    }

    /** Shortcut + key. */
    public static KeyCombination shortcut(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }

    /** Shortcut + Shift + key. */
    public static KeyCombination shortcutShift(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /** Shortcut + Alt + key. */
    public static KeyCombination shortcutAlt(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    }

    /** The key alone. */
    public static KeyCombination plain(KeyCode k) {
        return new KeyCodeCombination(k);
    }
}
