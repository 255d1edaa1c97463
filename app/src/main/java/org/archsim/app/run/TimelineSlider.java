package org.archsim.app.run;

import java.util.List;
import javafx.scene.control.Skin;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * The run strip's timeline: a plain {@link Slider} over the scenario's length (its thumb is the current time, and
 * dragging it rewinds as before) whose track also carries the run's marks — the scenario's scheduled faults above the
 * track line, the live actions below it ({@link TimelineSkin} draws them between the track and the thumb). Hovering
 * a mark shows what it is ("30.0 s: crash catalog-db"); the marks never take a press, so scrubbing works anywhere.
 */
final class TimelineSlider extends Slider {

    private List<TimelineMarks.Mark> marks = List.of();
    private List<TimelineMarks.Group> groups = List.of();
    private double lineY;
    /** Made when the pointer first rests on a mark: the first tooltip is a cost the first frame need not pay. */
    private Tooltip tip;
    private TimelineMarks.Group tipFor;

    TimelineSlider() {
        super(0, 1, 0);
        getStyleClass().add("run-timeline");
        // The marks are mouse-transparent (a press must reach the track); the slider finds the mark under the pointer.
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventFilter(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        maxProperty().addListener(o -> requestLayout());
    }

    /** Shows {@code m} (time order not needed); a new layout only when they differ from the marks shown. */
    void setMarks(List<TimelineMarks.Mark> m) {
        if (m.equals(marks)) {
            return;
        }
        marks = List.copyOf(m);
        setAccessibleHelp(marks.isEmpty() ? "No faults scheduled"
                : String.join("; ", marks.stream().map(TimelineMarks.Mark::text).toList()));
        requestLayout();
    }

    List<TimelineMarks.Mark> marks() {
        return marks;
    }

    /** The groups as last drawn (x in this slider's coordinates). */
    List<TimelineMarks.Group> groups() {
        return groups;
    }

    /** The y of the track's middle line, in this slider's coordinates, as last drawn. */
    double lineY() {
        return lineY;
    }

    /** Called by the skin after each layout with what it drew. */
    void drawn(List<TimelineMarks.Group> g, double line) {
        groups = g;
        lineY = line;
        if (tipFor != null && !g.contains(tipFor)) {
            hover(Double.NaN, Double.NaN); // the mark under the pointer moved or went (resize, rewind, new scenario)
        }
    }

    /** The tooltip of the mark under ({@code x}, {@code y}), or null: above the line the scheduled, below the live. */
    TimelineMarks.Group markAt(double x, double y) {
        if (Double.isNaN(x)) {
            return null;
        }
        double dy = y - lineY;
        TimelineMarks.Kind lane = dy < -3 ? TimelineMarks.Kind.SCHEDULED : dy > 3 ? TimelineMarks.Kind.LIVE : null;
        return Math.abs(dy) > TimelineSkin.REACH_Y ? null : TimelineMarks.hit(groups, x, lane);
    }

    private void hover(double x, double y) {
        TimelineMarks.Group g = markAt(x, y);
        if (g == null && tipFor != null) {
            Tooltip.uninstall(this, tip);
        } else if (g != null && !g.equals(tipFor)) {
            if (tip == null) {
                tip = new Tooltip();
                tip.setShowDelay(Duration.millis(250));
                tip.setId("run-timeline-tip");
            }
            tip.setText(g.tooltip());
            if (tipFor == null) {
                Tooltip.install(this, tip);
            }
        }
        tipFor = g;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }
}
