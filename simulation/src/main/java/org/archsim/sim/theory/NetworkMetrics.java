package org.archsim.sim.theory;

import java.util.List;

/**
 * Steady-state figures of an open queueing network.
 *
 * @param stations     per station, in input order; each carries its total arrival rate λᵢ from the traffic equations
 * @param externalRate total external arrival rate Σγᵢ
 * @param meanResponse mean time a request spends in the network, Σ Lᵢ / Σγᵢ (Little's law); infinite when unstable
 * @param stable       true when every station has ρ < 1
 */
public record NetworkMetrics(List<QueueMetrics> stations, double externalRate, double meanResponse, boolean stable) {
    /** Copies the list so the record stays immutable. */
    public NetworkMetrics {
        stations = List.copyOf(stations);
    }

    /** Mean number of visits a request makes to station {@code i}: λᵢ / Σγ. */
    public double visits(int i) {
        return stations.get(i).lambda() / externalRate;
    }
}
