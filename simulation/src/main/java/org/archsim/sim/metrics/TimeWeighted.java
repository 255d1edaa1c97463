package org.archsim.sim.metrics;

/**
 * The time-average of a piecewise-constant quantity (queue length, busy servers, instances), counting only time after
 * a start instant (the end of warm-up).
 *
 * <p>Contract: call {@link #set(long, double)} or {@link #add(long, double)} whenever the value changes, with
 * non-decreasing times. Changes before the start only set the current value; the area from the start onward is
 * integrated exactly (value × µs, accumulated in a double). {@link #average(long)} divides by the elapsed time since
 * the start, or returns the current value when no time has elapsed.
 */
public final class TimeWeighted {
    private final long startUs;
    private long lastUs;
    private double value;
    private double area;
    private double rawArea; // from time 0, warm-up included: for controllers (autoscaling) and whole-run totals (cost)
    private double max;
    private boolean inWindow;

    /**
     * @param startUs      time from which the average counts (the warm-up cut)
     * @param initialValue the value at time 0
     */
    public TimeWeighted(long startUs, double initialValue) {
        this.startUs = startUs;
        this.lastUs = 0;
        this.value = initialValue;
        this.max = initialValue;
        this.inWindow = startUs <= 0;
    }

    /** The value becomes {@code newValue} at {@code nowUs}. @throws IllegalArgumentException if time goes backwards */
    public void set(long nowUs, double newValue) {
        accumulate(nowUs);
        value = newValue;
        if (inWindow && newValue > max) {
            max = newValue;
        }
    }

    /** The value changes by {@code delta} at {@code nowUs}. */
    public void add(long nowUs, double delta) {
        set(nowUs, value + delta);
    }

    /** The current value. */
    public double value() {
        return value;
    }

    /** Largest value held at or after the start (the value current at the start counts). */
    public double max() {
        return inWindow ? max : value;
    }

    /** Time-average over [start, nowUs]. */
    public double average(long nowUs) {
        long from = Math.max(lastUs, startUs);
        double total = area + (nowUs > from ? value * (nowUs - from) : 0);
        long span = nowUs - startUs;
        return span > 0 ? total / span : value;
    }

    /** The exact integral of the value (value × µs) over [0, nowUs], warm-up included; {@code nowUs} ≥ the last change. */
    public double integral(long nowUs) {
        return rawArea + value * (nowUs - lastUs);
    }

    /** The time the average starts from. */
    public long startUs() {
        return startUs;
    }

    private void accumulate(long nowUs) {
        if (nowUs < lastUs) {
            throw new IllegalArgumentException("time went backwards: " + nowUs + " < " + lastUs);
        }
        if (!inWindow && nowUs >= startUs) {
            inWindow = true;
            max = value; // the value held at the start is the first candidate
        }
        if (nowUs > startUs) {
            area += value * (nowUs - Math.max(lastUs, startUs));
        }
        rawArea += value * (nowUs - lastUs);
        lastUs = nowUs;
    }
}
