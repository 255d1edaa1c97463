package org.archsim.app.dashboard;

import javafx.scene.paint.Color;

/**
 * Colours and dash patterns of chart lines: a colour-blind safe palette (Okabe and Ito's eight colours, the yellow
 * left out because it vanishes on white) with a distinct dash per line, so lines differ in two ways.
 */
final class ChartStyle {

    private static final Color[] LIGHT = {Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"),
        Color.web("#CC79A7"), Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#555555")};
    private static final Color[] DARK = {Color.web("#56B4E9"), Color.web("#E69F00"), Color.web("#2FBF8F"),
        Color.web("#E08FC0"), Color.web("#F0E442"), Color.web("#7FB8F0"), Color.web("#BBBBBB")};
    private static final double[][] DASHES = {{}, {7, 4}, {2, 3}, {10, 3, 2, 3}, {4, 4}, {1, 2}, {12, 4}};

    private ChartStyle() {
    }

    static Color line(int i, boolean dark) {
        Color[] c = dark ? DARK : LIGHT;
        return c[i % c.length];
    }

    static double[] dash(int i) {
        return DASHES[i % DASHES.length];
    }

    static Color background(boolean dark) {
        return dark ? Color.web("#161b22") : Color.web("#ffffff");
    }

    static Color text(boolean dark) {
        return dark ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    static Color grid(boolean dark) {
        return dark ? Color.web("#30363d") : Color.web("#d8dee4");
    }

    /** Compact number for axis labels and hover text. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a >= 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1fk", v / 1000);
        }
        if (a >= 100) {
            return String.format(java.util.Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(java.util.Locale.ROOT, "%.1f", v);
        }
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
