/**
 * ArchSim's simulation module: a deterministic discrete-event kernel and its supporting pieces.
 *
 * <p>Sub-packages: {@code engine} (event queue, engine, pooled request state), {@code random} (named random streams and
 * distributions), {@code metrics} (latency histograms, time averages, batch means), {@code theory} (closed-form queueing
 * results the simulation is checked against), {@code demo} (small reference models built directly on the kernel) and
 * {@code bench} (micro benchmarks with a plain {@code main}).
 */
package org.archsim.sim;
