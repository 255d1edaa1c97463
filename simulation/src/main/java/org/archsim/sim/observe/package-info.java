/**
 * What the app watches while a simulation runs: a sampled stream of request hops for animation ({@link
 * org.archsim.sim.observe.SimListener}) and the full path of single requests ({@link org.archsim.sim.observe.RequestTrace}).
 * Observation is sampled, so its work and memory are bounded at any load, and costs one null check when off.
 */
package org.archsim.sim.observe;
