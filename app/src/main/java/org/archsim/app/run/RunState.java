package org.archsim.app.run;

/** Where a live run is: not started, running (paced), paused, or at the end of its scenario. */
public enum RunState {
    IDLE, RUNNING, PAUSED, FINISHED
}
