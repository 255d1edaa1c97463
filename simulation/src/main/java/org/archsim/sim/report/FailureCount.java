package org.archsim.sim.report;

/**
 * How many requests failed for one reason that began at one part, e.g. {@code timed-out at db: 312}.
 *
 * @param reason reason id in lower-case words joined by hyphens ({@code queue-full}, {@code part-down}...)
 * @param where  id of the part where the failure began
 * @param count  requests
 */
public record FailureCount(String reason, String where, long count) {

    @Override
    public String toString() {
        return reason + " at " + where + ": " + count;
    }
}
