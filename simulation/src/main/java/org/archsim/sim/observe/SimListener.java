package org.archsim.sim.observe;

/**
 * Receives the messages of sampled requests as the simulation moves them, for animation. Called on the simulating
 * thread, in simulated-time order, from inside the run: implementations must be quick and must not call back into the
 * simulation (copy what they need into their own buffer; a UI thread reads it from there).
 *
 * <p>Which root requests are sampled is set with {@code Simulation.sample(everyK, maxPerSecond)}; every message of a
 * sampled request (its nested calls and answers included) is delivered, tagged with the root's id.
 */
@FunctionalInterface
public interface SimListener {

    /**
     * A message leaves {@code fromPart} for {@code toPart} over {@code link} at {@code timeUs}.
     *
     * @param timeUs    simulated time the message is sent, µs
     * @param fromPart  index of the sending part (document order of the design's parts)
     * @param toPart    index of the receiving part
     * @param link      index of the link (document order of the design's links)
     * @param kind      request, response or failure
     * @param requestId the sampled root request's id (1 for the first request any client sent, 2 for the next, ...)
     */
    void hop(long timeUs, int fromPart, int toPart, int link, HopKind kind, int requestId);

    /** A sampled root request has ended at its client (with tracing on, its trace is then available). */
    default void requestEnded(long timeUs, int requestId, boolean ok) {
    }
}
