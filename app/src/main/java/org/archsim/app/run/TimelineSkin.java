package org.archsim.app.run;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.skin.SliderSkin;
import javafx.scene.shape.Polygon;

/**
 * The slider skin of the {@link TimelineSlider}: JavaFX's own (same track, thumb and mouse handling) with one layer
 * of marks between the track and the thumb, so the thumb — the current time — stays on top. Scheduled faults are
 * triangles above the track line pointing down at their time, live actions diamonds below it; several marks too
 * close to tell apart are one shape with a second one behind it, further out (a double chevron). Colours come from
 * the stylesheet ({@code .timeline-mark.scheduled}, {@code .timeline-mark.live}), per theme.
 */
final class TimelineSkin extends SliderSkin {

    /** How far from the track line a mark reaches, px (and the pointer may be to hover it). */
    static final double REACH_Y = 17;
    /** A group's second shape sits this much further out than its first: a double chevron says "more than one". */
    static final double STACK_DY = 4;

    private final TimelineSlider slider;
    private final Group layer = new Group();
    private final Node thumb;
    private final Node track;
    private List<TimelineMarks.Group> drawn = List.of();
    private double drawnLine = Double.NaN;

    TimelineSkin(TimelineSlider slider) {
        super(slider);
        this.slider = slider;
        thumb = child("thumb");
        track = child("track");
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.getStyleClass().add("timeline-marks");
        getChildren().add(getChildren().indexOf(thumb), layer);
    }

    private Node child(String styleClass) {
        return getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass)).findFirst()
                .orElseThrow(() -> new IllegalStateException("slider skin without a " + styleClass));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        // The thumb's centre runs from x + thumb/2 over w - thumb, as SliderSkin places it: marks use the same span.
        double thumbW = thumb.getLayoutBounds().getWidth();
        double start = snapPositionX(x + thumbW / 2);
        double length = snapSizeX(w - thumbW);
        double line = track.getLayoutY() + track.getLayoutBounds().getHeight() / 2;
        List<TimelineMarks.Group> groups = TimelineMarks.place(slider.marks(), slider.getMax(), start, length);
        if (groups.equals(drawn) && line == drawnLine) {
            return; // most layouts (the clock's text changing beside it) move nothing: keep the styled shapes
        }
        drawn = groups;
        drawnLine = line;
        List<Node> shapes = new ArrayList<>();
        for (TimelineMarks.Group g : groups) {
            boolean live = g.kind() == TimelineMarks.Kind.LIVE;
            if (g.marks().size() > 1) {
                shapes.add(shape(g, live, line, STACK_DY, true));
            }
            shapes.add(shape(g, live, line, 0, false));
        }
        layer.getChildren().setAll(shapes);
        // Shapes made during layout would miss this pulse's CSS pass and show unstyled (black) for a frame.
        layer.applyCss();
        slider.drawn(groups, line);
    }

    /**
     * A triangle above {@code line} pointing down at it (scheduled) or a diamond below it (live), {@code out} px
     * further from the line.
     */
    private static Polygon shape(TimelineMarks.Group g, boolean live, double line, double out, boolean behind) {
        double c = Math.round(g.x()) + 0.5; // on a pixel centre: a 1 px outline stays crisp
        double r = TimelineMarks.MARK_W / 2;
        double near = 3 + out; // the tip stops just inside the track's 8 px band
        Polygon p = live
                ? new Polygon(c, line + near, c + r, line + near + r, c, line + near + 2 * r, c - r, line + near + r)
                : new Polygon(c - r, line - near - 2 * r, c + r, line - near - 2 * r, c, line - near);
        p.getStyleClass().addAll("timeline-mark", live ? "live" : "scheduled");
        if (behind) {
            p.getStyleClass().add("behind");
        } else {
            p.setAccessibleText(g.tooltip());
        }
        return p;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return Math.max(super.computeMinHeight(width, top, right, bottom, left), 2 * REACH_Y + 2);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return Math.max(super.computePrefHeight(width, top, right, bottom, left), 2 * REACH_Y + 2);
    }
}
