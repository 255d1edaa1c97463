package org.archsim.app.practice;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.input.KeyCode;
import org.archsim.app.actions.ActionRegistry;
import org.archsim.app.actions.Keys;

/**
 * The practice actions of a window, in the Lessons menu and so in the command palette: Interview Practice…
 * (Ctrl/Cmd+Shift+P), Run the Interview, Pause or Resume the Clock, Close Practice.
 */
public final class PracticeActions {

    private PracticeActions() {
    }

    /** Registers the practice actions of {@code c}'s window. */
    public static void register(ActionRegistry r, PracticeController c) {
        PracticeSession s = c.session();
        BooleanBinding open = s.problemProperty().isNotNull();
        r.add("lessons.practice", "Lessons", "Interview Practice…", Keys.shortcutShift(KeyCode.P), c::choose);
        r.add("lessons.practiceRun", "Lessons", "Run the Interview", null, open.and(s.run().runningBinding().not()),
                c::runInterview);
        r.add("lessons.practiceClock", "Lessons", "Pause or Resume the Clock", null,
                open.and(s.timer().timesUpBinding().not()), s.timer()::toggle);
        r.add("lessons.practiceClose", "Lessons", "Close Practice", null, open, c::closePractice);
    }
}
