/**
 * Micro benchmarks with a plain {@code main} (no harness): {@link org.archsim.sim.bench.KernelBench} compares a
 * hand-written M/M/1 loop with the same model run through the engine. Figures are recorded in
 * {@code docs/performance.md}.
 */
package org.archsim.sim.bench;
