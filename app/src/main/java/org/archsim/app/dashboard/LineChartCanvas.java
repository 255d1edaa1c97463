package org.archsim.app.dashboard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A light line chart on one Canvas: redrawn only when asked (no per-point nodes, no animation), so hundreds of
 * points cost one pass. Moving the mouse over it shows a guide line and the values of every line at that moment in
 * a label ({@code .dash-hover}).
 */
final class LineChartCanvas extends Region {

    private static final double LEFT = 46;
    private static final double RIGHT = 10;
    private static final double TOP = 36;
    private static final double BOTTOM = 20;

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final Metric metric;
    private List<Series> series = List.of();
    private boolean dark;
    private double hoverX = Double.NaN;
    private double spanFrom = Double.NaN;
    private double spanTo = Double.NaN;

    LineChartCanvas(Metric metric) {
        this.metric = metric;
        setId("dash-chart-" + metric.name().toLowerCase());
        getStyleClass().add("dash-chart");
        hover.getStyleClass().add("dash-hover");
        hover.setId("dash-hover-" + metric.name().toLowerCase());
        hover.setMouseTransparent(true);
        hover.setVisible(false);
        hover.setAlignment(Pos.TOP_LEFT);
        hoverStyle();
        getChildren().addAll(canvas, hover);
        setMinSize(160, 110);
        setPrefSize(320, 170);
        setOnMouseMoved(e -> {
            hoverX = e.getX();
            draw();
        });
        setOnMouseExited(e -> {
            hoverX = Double.NaN;
            draw();
        });
    }

    /**
     * New lines to draw over the time span {@code [from, to]} shared by every chart (NaN: the lines' own span), so
     * a line that starts late (a new failure reason) still lines up with the others.
     */
    void setSeries(List<Series> next, boolean darkTheme, double from, double to) {
        series = next;
        spanFrom = from;
        spanTo = to;
        if (dark != darkTheme) {
            dark = darkTheme;
            hoverStyle();
        }
        draw();
    }

    /** Hover colours from the chart's own palette, so the readout needs no theme stylesheet. */
    private void hoverStyle() {
        hover.setStyle("-fx-background-color: " + web(ChartStyle.background(dark)) + "; -fx-border-color: "
                + web(ChartStyle.grid(dark)) + "; -fx-padding: 3 6; -fx-font-size: 11px; -fx-text-fill: "
                + web(ChartStyle.text(dark)) + ";");
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
        hover.autosize();
        double hx = Math.min(Math.max(LEFT + 4, (Double.isNaN(hoverX) ? 0 : hoverX) + 8),
                getWidth() - hover.getWidth() - 4);
        hover.relocate(Math.max(0, hx), TOP + 2);
    }

    /** The chart's time span: earliest and latest time over every line. */
    private double[] span() {
        double t0 = Double.POSITIVE_INFINITY;
        double t1 = Double.NEGATIVE_INFINITY;
        double max = metric == Metric.UTILISATION ? 100 : 0;
        for (Series s : series) {
            Ring r = s.ring();
            if (r.size() > 0) {
                t0 = Math.min(t0, r.time(0));
                t1 = Math.max(t1, r.time(r.size() - 1));
            }
            for (int i = 0; i < r.size(); i++) {
                if (Double.isFinite(r.value(i))) {
                    max = Math.max(max, r.value(i));
                }
            }
        }
        if (Double.isFinite(spanFrom) && Double.isFinite(spanTo) && spanTo > spanFrom) {
            t0 = spanFrom;
            t1 = spanTo;
        }
        return new double[] {t0, t1, niceMax(max)};
    }

    private static double niceMax(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setLineDashes();
        g.setFill(ChartStyle.background(dark));
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(11));
        g.setFill(ChartStyle.text(dark));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(metric.title() + " (" + metric.unit() + ")", LEFT, 4);
        double[] span = span();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        g.setStroke(ChartStyle.grid(dark));
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k <= 4; k++) {
            double y = TOP + ph - ph * k / 4;
            g.strokeLine(LEFT, y, LEFT + pw, y);
            g.fillText(ChartStyle.num(span[2] * k / 4), LEFT - 4, y);
        }
        boolean empty = !(span[1] > span[0]);
        if (empty) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("no data yet", LEFT + pw / 2, TOP + ph / 2);
            hover.setVisible(false);
            return;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(ChartStyle.num(span[0]) + " s", LEFT, TOP + ph + 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(ChartStyle.num(span[1]) + " s", LEFT + pw, TOP + ph + 4);
        drawLegend(g, w);
        g.setLineWidth(1.6);
        for (int i = 0; i < series.size(); i++) {
            Ring r = series.get(i).ring();
            g.setStroke(ChartStyle.line(i, dark));
            g.setLineDashes(ChartStyle.dash(i));
            g.beginPath();
            boolean pen = false;
            for (int k = 0; k < r.size(); k++) {
                double v = r.value(k);
                if (!Double.isFinite(v)) {
                    pen = false;
                    continue;
                }
                double x = LEFT + (r.time(k) - span[0]) / (span[1] - span[0]) * pw;
                double y = TOP + ph - v / span[2] * ph;
                if (pen) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    pen = true;
                }
            }
            g.stroke();
        }
        g.setLineDashes();
        drawHover(g, span, pw, ph);
    }

    /** One row under the title, left to right; lines that do not fit are named in the hover readout only. */
    private void drawLegend(GraphicsContext g, double w) {
        double x = LEFT;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).name();
            double tw = name.length() * 5.9;
            if (x + 18 + tw > w - RIGHT) {
                g.setFill(ChartStyle.text(dark));
                g.fillText("…", x, 24);
                break;
            }
            g.setStroke(ChartStyle.line(i, dark));
            g.setLineDashes(ChartStyle.dash(i));
            g.setLineWidth(2);
            g.strokeLine(x, 24, x + 14, 24);
            g.setFill(ChartStyle.text(dark));
            g.fillText(name, x + 18, 24);
            x += 18 + tw + 6;
        }
        g.setLineDashes();
    }

    private void drawHover(GraphicsContext g, double[] span, double pw, double ph) {
        if (Double.isNaN(hoverX) || hoverX < LEFT || hoverX > LEFT + pw) {
            hover.setVisible(false);
            return;
        }
        double t = span[0] + (hoverX - LEFT) / pw * (span[1] - span[0]);
        StringBuilder text = new StringBuilder(ChartStyle.num(t)).append(" s");
        double guideX = hoverX;
        for (int i = 0; i < series.size(); i++) {
            Ring r = series.get(i).ring();
            int k = nearest(r, t);
            if (k < 0) {
                continue;
            }
            double v = r.value(k);
            guideX = LEFT + (r.time(k) - span[0]) / (span[1] - span[0]) * pw;
            text.append('\n').append(series.get(i).name()).append(": ").append(ChartStyle.num(v)).append(' ')
                    .append(metric.unit());
            if (Double.isFinite(v)) {
                g.setFill(ChartStyle.line(i, dark));
                g.fillRect(guideX - 3, TOP + ph - v / span[2] * ph - 3, 6, 6);
            }
        }
        g.setStroke(ChartStyle.text(dark));
        g.setLineWidth(0.8);
        g.strokeLine(guideX, TOP, guideX, TOP + ph);
        hover.setText(text.toString());
        hover.setVisible(true);
        requestLayout();
    }

    /** Index of the point nearest in time to {@code t}, or -1 for an empty ring. */
    static int nearest(Ring r, double t) {
        int lo = 0;
        int hi = r.size() - 1;
        if (hi < 0) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (r.time(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(r.time(lo - 1) - t) <= Math.abs(r.time(lo) - t)) {
            return lo - 1;
        }
        return lo;
    }

    /** The hover readout (for tests and screen readers). */
    Label hoverLabel() {
        return hover;
    }
}
