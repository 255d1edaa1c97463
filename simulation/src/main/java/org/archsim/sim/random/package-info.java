/**
 * Reproducible randomness: {@link org.archsim.sim.random.RandomStreams} derives an independent
 * {@link org.archsim.sim.random.RandomStream} (xoshiro256**) for each purpose from one seed and a name, so adding a
 * stream never shifts another; {@link org.archsim.sim.random.ServiceDistribution} and its implementations sample times
 * in microseconds; {@link org.archsim.sim.random.ZipfSampler} draws skewed keys.
 *
 * <p>Everything here is pure arithmetic on longs and doubles with no platform-dependent calls beyond {@link Math#log}
 * and friends, so a seed gives the same numbers on every run and JVM.
 */
package org.archsim.sim.random;
