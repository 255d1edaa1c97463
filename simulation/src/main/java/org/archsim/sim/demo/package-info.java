/**
 * Reference models built directly on the kernel (engine, request table, random streams, metrics), used to check the
 * kernel against queueing theory and to benchmark it. They are not part behaviours: the design-driven models live
 * elsewhere.
 */
package org.archsim.sim.demo;
