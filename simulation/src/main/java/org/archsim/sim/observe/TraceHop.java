package org.archsim.sim.observe;

/**
 * One call within a traced request: sent by {@code from} to {@code to} over {@code link}, and what happened to it.
 * Times are absolute simulated µs; -1 means "did not happen" (a lost message never arrives; a call that waited in the
 * queue when its part crashed never started service; a call its caller gave up on is never answered).
 *
 * @param index        position in the trace, in the order calls were sent
 * @param parentHop    index of the call during which this one was made, or -1 for the client's own call
 * @param from         calling part id
 * @param to           called part id
 * @param link         link id ({@code from->to})
 * @param attempt      0 for the first try, 1.. for retries
 * @param sentUs       when the call was sent
 * @param arrivedUs    when it reached {@code to}
 * @param startedUs    when a worker of {@code to} took it
 * @param servedUs     when {@code to}'s own work on it ended
 * @param endedUs      when {@code to} answered it (success or failure)
 * @param answeredUs   when the answer reached the caller, or the caller gave up (timeout)
 * @param failure      failure reason id (e.g. {@code queue-full}) as the caller saw it, or null on success
 * @param failedAt     id of the part where the failure began, or null
 */
public record TraceHop(int index, int parentHop, String from, String to, String link, int attempt, long sentUs,
                       long arrivedUs, long startedUs, long servedUs, long endedUs, long answeredUs, String failure,
                       String failedAt) {

    /** Time on the wire to the callee (-1 if it never arrived). */
    public long networkUs() {
        return arrivedUs < 0 ? -1 : arrivedUs - sentUs;
    }

    /** Time waiting for a worker at the callee (-1 if service never started). */
    public long queueWaitUs() {
        return startedUs < 0 ? -1 : startedUs - arrivedUs;
    }

    /** The callee's own work (-1 if it did not finish). */
    public long serviceUs() {
        return startedUs < 0 || servedUs < 0 ? -1 : servedUs - startedUs;
    }

    /** Time the callee spent on its own downstream calls after its own work (-1 if unknown). */
    public long downstreamUs() {
        return servedUs < 0 || endedUs < 0 ? -1 : endedUs - servedUs;
    }

    /** Time on the wire back to the caller (-1 if the answer never arrived). */
    public long responseNetworkUs() {
        return endedUs < 0 || answeredUs < 0 || answeredUs < endedUs ? -1 : answeredUs - endedUs;
    }

    /** Whether the caller received a successful answer. */
    public boolean ok() {
        return failure == null;
    }
}
