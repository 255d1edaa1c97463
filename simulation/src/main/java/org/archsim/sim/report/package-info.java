/**
 * Immutable reports of a simulation run ({@link org.archsim.sim.report.SimulationReport} and its parts): what the
 * command line prints, the app charts and the lessons check.
 */
package org.archsim.sim.report;
