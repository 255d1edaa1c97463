/**
 * Reproducible randomness: {@link org.archsim.sim.random.RandomStreams} derives an independent
 * {@link org.archsim.sim.random.RandomStream} (xoshiro256**) for each purpose from one seed and a name, so adding a
 * stream never shifts another; {@link org.archsim.sim.random.ServiceDistribution} and its implementations sample times
 * in microseconds; {@link org.archsim.sim.random.ZipfSampler} draws skewed keys.
 *
 * <p>Stream derivation and the generator are pure integer arithmetic, so a seed gives the same raw bits on every
 * run and JVM (pinned by tests). Distributions use {@link Math#log}, {@link Math#exp} and {@link Math#cos}: HotSpot
 * evaluates these identically in interpreted and compiled code, so runs on one JVM build and platform are bit-for-bit
 * reproducible; {@link StrictMath} would extend that across platforms at a measurable speed cost, and can be swapped in
 * here if cross-platform bit equality is ever required.
 */
package org.archsim.sim.random;
