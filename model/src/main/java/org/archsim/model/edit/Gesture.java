package org.archsim.model.edit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifies one continuous user gesture (one drag, one slider movement). Commands made during the same gesture carry
 * the same instance and merge into one undo step; a new gesture gets a new instance, so two drags stay two steps.
 * Equality is identity. Commands without a gesture never merge.
 *
 * <pre>{@code
 * Gesture drag = Gesture.begin("drag");         // on mouse press
 * stack.execute(Move.by(d, ids, dx, dy, drag));   // on every mouse drag event
 * }</pre>
 */
public final class Gesture {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final long serial;
    private final String description;

    private Gesture(String description) {
        this.serial = COUNTER.incrementAndGet();
        this.description = description == null ? "gesture" : description;
    }

    /** A new gesture; {@code description} is for debugging only. */
    public static Gesture begin(String description) {
        return new Gesture(description);
    }

    /** A new gesture. */
    public static Gesture begin() {
        return new Gesture(null);
    }

    @Override
    public String toString() {
        return description + "#" + serial;
    }
}
