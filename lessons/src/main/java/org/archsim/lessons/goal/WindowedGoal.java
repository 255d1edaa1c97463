package org.archsim.lessons.goal;

import java.util.List;

/**
 * A behavioural goal measured over the whole run after warm-up or inside one {@link Window}: the run is sampled at
 * the window's edges so the figure can be taken as the difference between the two reports.
 */
interface WindowedGoal extends Goal {

    /** The span of the run the goal looks at, or {@code null} for all of it after warm-up. */
    Window window();

    @Override
    default boolean behavioural() {
        return true;
    }

    @Override
    default List<Double> checkpoints() {
        Window w = window();
        return w == null ? List.of() : List.of(w.fromS(), w.toS());
    }
}
