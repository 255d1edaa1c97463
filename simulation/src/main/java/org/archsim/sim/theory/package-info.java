/**
 * Closed-form queueing results the simulation must agree with, and that the app shows beside simulated figures:
 * {@link org.archsim.sim.theory.QueueFormulas} (M/M/1, M/M/c, M/G/1, M/D/1), {@link org.archsim.sim.theory.ErlangC},
 * and {@link org.archsim.sim.theory.JacksonNetwork} for open networks of M/M/c stations.
 *
 * <p>Rates and times use any one consistent unit (for example requests per second and seconds). Results are
 * {@link org.archsim.sim.theory.QueueMetrics} records; an overloaded queue (ρ ≥ 1) is reported as unstable rather than
 * with meaningless numbers.
 */
package org.archsim.sim.theory;
