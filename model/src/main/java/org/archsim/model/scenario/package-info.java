/**
 * Scenarios: what happens to a design during a run, kept apart from the design itself — duration, warm-up, seed, a
 * load profile ({@link org.archsim.model.scenario.LoadStep}) and scheduled faults
 * ({@link org.archsim.model.scenario.Fault}). Immutable records; the fields each fault type takes are data on
 * {@link org.archsim.model.scenario.FaultType}. Reading and writing live in {@code org.archsim.model.io}.
 */
package org.archsim.model.scenario;
