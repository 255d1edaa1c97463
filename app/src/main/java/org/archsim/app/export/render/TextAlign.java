package org.archsim.app.export.render;

/** Where a text's anchor x lies: at its start, its centre or its end. The anchor y is always the baseline. */
public enum TextAlign {
    LEFT, CENTER, RIGHT
}
