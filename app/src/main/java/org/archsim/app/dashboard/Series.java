package org.archsim.app.dashboard;

/**
 * One line of a chart, as the chart reads it: a name for the legend and a bounded series of points.
 *
 * @param name legend text (e.g. {@code p95}, {@code timed-out})
 * @param ring the points; the view-model keeps appending to it, so read it on the thread that feeds the model
 */
public record Series(String name, Ring ring) {
}
