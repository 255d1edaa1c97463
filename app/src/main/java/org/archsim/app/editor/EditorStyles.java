package org.archsim.app.editor;

import javafx.css.PseudoClass;

/** Pseudo-classes the editor's nodes use; the look itself is in {@code /assets/themes/editor.css}. */
final class EditorStyles {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");

    private EditorStyles() {
    }
}
