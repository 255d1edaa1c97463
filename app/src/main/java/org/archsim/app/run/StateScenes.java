package org.archsim.app.run;

import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.archsim.app.editor.CardGeometry;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.sim.observe.PartNow;

/**
 * Lays out a {@link StateScene} from the design, the viewport and a run's latest figures: where each link and card is
 * on screen, which rate labels fit, and the pixels the whole scene covers. FX thread (it reads the design).
 */
final class StateScenes {

    /** Cards narrower than this on screen show no figures line (it would run over their neighbours). */
    static final double MIN_FIGURES_WIDTH = 100;
    /** A rate label is left out when its link shows less than this share of the label's width (zoomed far out). */
    static final double MIN_LINK_PER_LABEL = 0.5;
    /** Height of a rate label, a badge and a figures line. */
    static final double LABEL_H = 15;
    /** Widest figures line the layer leaves room for. */
    static final double FIGURES_MAX_W = 200;
    /** Widest band (messages per second on a log scale), view units. */
    static final double MAX_BAND = 9;

    private StateScenes() {
    }

    /**
     * Where the design's links and cards are in {@code view}: what changes only when the view, the design or a card
     * moves, so it is worked out then and not for every snapshot.
     *
     * @param view  the viewport
     * @param links number of links
     * @param ends  link {@code i} from ({@code ends[4i]}, {@code ends[4i+1]}) to ({@code ends[4i+2]}, {@code ends[4i+3]})
     * @param ids   part ids, design order
     * @param cards part {@code j}'s card: x, y, width, height at {@code 4j}
     */
    record Layout(StateScene.ViewKey view, int links, double[] ends, String[] ids, double[] cards) {
    }

    /** The layout of {@code d} in {@code view}. */
    static Layout layout(Design d, StateScene.ViewKey view) {
        double k = view.scale();
        List<Link> links = d.links();
        int n = links.size();
        double[] ends = new double[4 * n];
        for (int i = 0; i < n; i++) {
            Point2D[] e = CardGeometry.ends(d, links.get(i));
            ends[4 * i] = e[0].getX() * k + view.tx();
            ends[4 * i + 1] = e[0].getY() * k + view.ty();
            ends[4 * i + 2] = e[1].getX() * k + view.tx();
            ends[4 * i + 3] = e[1].getY() * k + view.ty();
        }
        List<Component> cs = d.components();
        String[] ids = new String[cs.size()];
        double[] cards = new double[4 * cs.size()];
        for (int j = 0; j < cs.size(); j++) {
            Bounds b = CardGeometry.bounds(cs.get(j));
            ids[j] = cs.get(j).id();
            cards[4 * j] = b.getMinX() * k + view.tx();
            cards[4 * j + 1] = b.getMinY() * k + view.ty();
            cards[4 * j + 2] = b.getWidth() * k;
            cards[4 * j + 3] = b.getHeight() * k;
        }
        return new Layout(view, n, ends, ids, cards);
    }

    /**
     * The scene of layout {@code at}: bands and labels from {@code rates} (none when null), cards for the parts in
     * {@code parts} with their lines from {@code figures}.
     */
    static StateScene build(Layout at, HopBatch rates, Map<String, PartNow> parts, Map<String, String> figures,
                            boolean dark) {
        int n = at.links();
        double[] ends = at.ends();
        double[] rateOf = new double[n];
        String[] labels = new String[n];
        double[] halfW = new double[n];
        ScreenBox box = new ScreenBox();
        double reach = MAX_BAND / 2 + 1;
        for (int i = 0; i < n; i++) {
            double r = rates == null ? 0 : rates.ratePerSecond(i);
            rateOf[i] = r;
            if (r <= 0) {
                continue;
            }
            box.add(Math.min(ends[4 * i], ends[4 * i + 2]) - reach, Math.min(ends[4 * i + 1], ends[4 * i + 3]) - reach,
                    Math.max(ends[4 * i], ends[4 * i + 2]) + reach, Math.max(ends[4 * i + 1], ends[4 * i + 3]) + reach);
            String text = rateText(r);
            double w = labelWidth(text);
            if (labelFits(ends[4 * i], ends[4 * i + 1], ends[4 * i + 2], ends[4 * i + 3], w)) {
                labels[i] = text;
                halfW[i] = w / 2;
                double[] xy = labelAt(ends, i, w);
                box.add(xy[0], xy[1], xy[0] + w, xy[1] + LABEL_H);
            }
        }
        int all = at.ids().length;
        double[] cards = new double[4 * all];
        double[] util = new double[all];
        String[] health = new String[all];
        String[] lines = new String[all];
        int m = 0;
        for (int j = 0; j < all; j++) {
            PartNow now = parts.get(at.ids()[j]);
            if (now == null) {
                continue;
            }
            System.arraycopy(at.cards(), 4 * j, cards, 4 * m, 4);
            double x = cards[4 * m];
            double y = cards[4 * m + 1];
            double w = cards[4 * m + 2];
            double h = cards[4 * m + 3];
            util[m] = now.utilisation();
            health[m] = health(now);
            String f = figures.get(at.ids()[j]);
            lines[m] = f != null && !f.isEmpty() && w >= MIN_FIGURES_WIDTH ? f : null;
            box.add(x - 4, y - 4, x + w + 4, y + h + 4); // the bar inside, a health frame 3.5 around
            if (health[m] != null) {
                double[] b = badgeAt(x, y, w, health[m]);
                box.add(b[0], b[1], b[2], b[3]);
            }
            if (lines[m] != null) {
                box.add(x, y + h, x + 2 + FIGURES_MAX_W, y + h + 2 + LABEL_H);
            }
            m++;
        }
        StateScene.ViewKey v = at.view();
        return new StateScene(v, box.pixels(v.width(), v.height(), v.pixelScale()), dark, n, ends, rateOf, labels,
                halfW, m, cards, util, health, lines);
    }

    /**
     * The health badge a part shows, or null when it is up and well. One badge a card, the worst first: down, then cut
     * off by a partition (a down part's links do not matter), then refusing calls, then slowed.
     */
    static String health(PartNow n) {
        return n.down() ? "DOWN" : n.partitioned() ? "PARTITIONED" : n.circuitOpen() ? "CIRCUIT OPEN"
                : n.slowed() ? "SLOW" : null;
    }

    /** "850/s", "12.4k/s" (formatted by hand: hundreds of labels a snapshot). */
    static String rateText(double r) {
        long tenths = Math.round(r / 100);
        return r >= 999.5 && tenths >= 10 ? tenths / 10 + "." + tenths % 10 + "k/s" : Math.round(r) + "/s";
    }

    /** Width on screen of the rate label showing {@code text}; its height is {@link #LABEL_H}. */
    static double labelWidth(String text) {
        return Math.ceil(text.length() * 6.4 + 6);
    }

    /** The box (x0, y0, x1, y1) of the badge showing {@code text} over the card at ({@code x}, {@code y}), {@code w} wide. */
    static double[] badgeAt(double x, double y, double w, String text) {
        double tw = badgeWidth(text);
        double bx = Math.round(x + w - tw);
        double by = Math.round(y - 16);
        return new double[] {bx, by, bx + tw, by + LABEL_H};
    }

    /** Every badge's box in {@code s}, four numbers each (see {@link #badgeAt}). */
    static double[] badges(StateScene s) {
        int n = 0;
        for (int j = 0; j < s.parts(); j++) {
            n += s.health()[j] == null ? 0 : 1;
        }
        double[] out = new double[4 * n];
        double[] c = s.cards();
        for (int j = 0, k = 0; j < s.parts(); j++) {
            if (s.health()[j] != null) {
                System.arraycopy(badgeAt(c[4 * j], c[4 * j + 1], c[4 * j + 2], s.health()[j]), 0, out, 4 * k++, 4);
            }
        }
        return out;
    }

    /** Width of a health badge showing {@code text}: the text as the state layer's font sets it, and a margin. */
    static double badgeWidth(String text) {
        return BADGES.computeIfAbsent(text, t -> Math.ceil(StatePainter.textWidth(t) + 10));
    }

    /** Badge widths by text: a badge shows one of a handful of words. */
    private static final java.util.Map<String, Double> BADGES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a link from (ax, ay) to (bx, by) is long enough on screen to show a label {@code w} wide. */
    static boolean labelFits(double ax, double ay, double bx, double by, double w) {
        return Math.hypot(bx - ax, by - ay) >= w * MIN_LINK_PER_LABEL;
    }

    /** Top left corner of link {@code i}'s label, {@code w} wide, centred on the link's middle (whole units). */
    static double[] labelAt(double[] ends, int i, double w) {
        return new double[] {Math.round((ends[4 * i] + ends[4 * i + 2]) / 2 - w / 2),
            Math.round((ends[4 * i + 1] + ends[4 * i + 3]) / 2 - 8)};
    }

    /** Band width in quarter units for {@code ratePerS}: 1 + 1.6 log10(1 + rate), at most {@link #MAX_BAND}. */
    static int bandQuarters(double ratePerS) {
        return (int) Math.round(Math.min(MAX_BAND, 1 + Math.log10(1 + ratePerS) * 1.6) * 4);
    }
}
