/** Writing simulation results in the public JSON format of {@code simulate --json}. */
package org.archsim.sim.io;
