/**
 * The discrete-event kernel: {@link org.archsim.sim.engine.EventQueue} (a 4-ary min-heap on primitive arrays),
 * {@link org.archsim.sim.engine.Engine} (single-threaded, passive, int-dispatched handlers, time in microseconds) and
 * {@link org.archsim.sim.engine.RequestTable} (struct-of-arrays storage for in-flight requests addressed by int handles).
 *
 * <p>Nothing here knows about the design model, the UI or any part behaviour; the hot path allocates no objects.
 */
package org.archsim.sim.engine;
