package org.archsim.app.export.render;

/**
 * A font request: a generic family, a size in diagram units and a weight. Every target maps {@code SansSerif} to its
 * platform's sans-serif face (DejaVu Sans on Debian), so measured widths agree closely across targets.
 *
 * @param family a logical family: {@code SansSerif} or {@code Monospaced}
 * @param size   size in diagram units (1 unit = 1 px at scale 1)
 * @param bold   bold weight
 */
public record FontSpec(String family, double size, boolean bold) {

    /** Sans-serif at {@code size}. */
    public static FontSpec sans(double size, boolean bold) {
        return new FontSpec("SansSerif", size, bold);
    }
}
