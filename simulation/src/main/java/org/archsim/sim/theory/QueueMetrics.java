package org.archsim.sim.theory;

/**
 * Steady-state figures of one queueing station, in the caller's time unit.
 *
 * <p>When {@code stable} is false (ρ ≥ 1) the queue grows without bound: {@code pWait} is 1 and the queue lengths and
 * times are {@link Double#POSITIVE_INFINITY}.
 *
 * @param lambda arrival rate
 * @param rho    utilisation per server, λ/(c·μ)
 * @param pWait  probability an arrival has to wait
 * @param lq     mean number waiting
 * @param l      mean number in the station
 * @param wq     mean wait in queue
 * @param w      mean sojourn (wait + service)
 * @param stable true when ρ < 1
 */
public record QueueMetrics(double lambda, double rho, double pWait, double lq, double l, double wq, double w,
                           boolean stable) {

    /** The figures of an overloaded station. */
    public static QueueMetrics unstable(double lambda, double rho) {
        double inf = Double.POSITIVE_INFINITY;
        return new QueueMetrics(lambda, rho, 1.0, inf, inf, inf, inf, false);
    }

    /** A stable station from λ, ρ, P(wait), Wq and the mean service time; L and Lq follow from Little's law. */
    static QueueMetrics of(double lambda, double rho, double pWait, double wq, double meanService) {
        double w = wq + meanService;
        return new QueueMetrics(lambda, rho, pWait, lambda * wq, lambda * w, wq, w, true);
    }
}
