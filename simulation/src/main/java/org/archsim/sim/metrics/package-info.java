/**
 * Measurement: {@link org.archsim.sim.metrics.LatencyRecorder} (HdrHistogram, recorded in µs, reported in ms),
 * {@link org.archsim.sim.metrics.TimeWeighted} (time-average of a piecewise-constant quantity after a warm-up cut),
 * {@link org.archsim.sim.metrics.BatchMeans} (mean with a 95% confidence half-width from batch means), and the immutable
 * snapshot records they produce. Recording allocates nothing.
 */
package org.archsim.sim.metrics;
