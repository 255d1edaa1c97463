package org.archsim.app.export.render;

import java.util.Locale;

/**
 * A colour with alpha, independent of any toolkit so one theme serves Java2D and JavaFX alike. Channels are 0..255.
 *
 * @param r red
 * @param g green
 * @param b blue
 * @param a alpha (255 = opaque)
 */
public record Rgba(int r, int g, int b, int a) {

    public Rgba {
        if ((r | g | b | a) < 0 || r > 255 || g > 255 || b > 255 || a > 255) {
            throw new IllegalArgumentException("channels must be 0..255: " + r + "," + g + "," + b + "," + a);
        }
    }

    /** An opaque colour from {@code #rrggbb} or a translucent one from {@code #rrggbbaa}. */
    public static Rgba hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("expected #rrggbb or #rrggbbaa, was " + hex);
        }
        long v = Long.parseLong(h, 16);
        if (h.length() == 6) {
            return new Rgba((int) (v >> 16) & 255, (int) (v >> 8) & 255, (int) v & 255, 255);
        }
        return new Rgba((int) (v >> 24) & 255, (int) (v >> 16) & 255, (int) (v >> 8) & 255, (int) v & 255);
    }

    /** The same colour with another alpha. */
    public Rgba withAlpha(int alpha) {
        return new Rgba(r, g, b, alpha);
    }

    /** {@code #rrggbb}, ignoring alpha (the notation draw.io and Mermaid styles take). */
    public String hexRgb() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** Packed {@code 0xAARRGGBB}. */
    public int argb() {
        return a << 24 | r << 16 | g << 8 | b;
    }
}
