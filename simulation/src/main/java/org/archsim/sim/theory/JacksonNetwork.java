package org.archsim.sim.theory;

import java.util.ArrayList;
import java.util.List;

/**
 * Open Jackson networks: Poisson external arrivals γᵢ, exponential service, c servers at station i, and Markov routing
 * (after service at i a request goes to j with probability Pᵢⱼ and leaves with 1 − Σⱼ Pᵢⱼ).
 *
 * <p>{@link #solve} finds total arrival rates from the traffic equations λ = γ + λP, i.e. (I − P)ᵀλ = γ, by Gaussian
 * elimination with partial pivoting, then treats each station as an independent M/M/c queue (Jackson's theorem).
 *
 * <pre>{@code
 * // a tandem of two M/M/1 stations, 8 req/s, service 50 ms and 100 ms
 * NetworkMetrics m = JacksonNetwork.solve(new double[] {8, 0},
 *         new double[][] {{0, 1}, {0, 0}}, new int[] {1, 1}, new double[] {0.05, 0.1});
 * m.meanResponse(); // 1/(20-8) + 1/(10-8) = 0.5833 s
 * }</pre>
 */
public final class JacksonNetwork {
    private JacksonNetwork() {
    }

    /**
     * @param external    external arrival rate per station (≥ 0, at least one > 0)
     * @param routing     n×n routing probabilities; each row non-negative with sum ≤ 1
     * @param servers     servers per station (≥ 1)
     * @param meanService mean service time per station (> 0)
     * @throws IllegalArgumentException on inconsistent sizes, invalid probabilities, or routing with no way out
     */
    public static NetworkMetrics solve(double[] external, double[][] routing, int[] servers, double[] meanService) {
        int n = external.length;
        if (routing.length != n || servers.length != n || meanService.length != n) {
            throw new IllegalArgumentException("all inputs must describe " + n + " stations");
        }
        double totalExternal = 0;
        for (int i = 0; i < n; i++) {
            if (!(external[i] >= 0) || Double.isInfinite(external[i])) {
                throw new IllegalArgumentException("external rate of station " + i + " is invalid: " + external[i]);
            }
            totalExternal += external[i];
            if (routing[i].length != n) {
                throw new IllegalArgumentException("routing row " + i + " has " + routing[i].length + " entries");
            }
            double rowSum = 0;
            for (double p : routing[i]) {
                if (!(p >= 0) || p > 1) {
                    throw new IllegalArgumentException("routing probability out of [0,1] in row " + i + ": " + p);
                }
                rowSum += p;
            }
            if (rowSum > 1 + 1e-9) {
                throw new IllegalArgumentException("routing row " + i + " sums to " + rowSum + " > 1");
            }
        }
        if (totalExternal <= 0) {
            throw new IllegalArgumentException("an open network needs some external arrivals");
        }
        double[] lambda = trafficRates(external, routing);
        List<QueueMetrics> stations = new ArrayList<>(n);
        boolean stable = true;
        double totalL = 0;
        for (int i = 0; i < n; i++) {
            if (!(meanService[i] > 0)) {
                throw new IllegalArgumentException("mean service of station " + i + " must be > 0");
            }
            QueueMetrics q = QueueFormulas.mmc(lambda[i], 1 / meanService[i], servers[i]);
            stations.add(q);
            stable &= q.stable();
            totalL += q.l();
        }
        double w = stable ? totalL / totalExternal : Double.POSITIVE_INFINITY;
        return new NetworkMetrics(stations, totalExternal, w, stable);
    }

    /** Solves (I − P)ᵀ λ = γ. */
    static double[] trafficRates(double[] gamma, double[][] p) {
        int n = gamma.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? 1.0 : 0.0) - p[j][i];
            }
            a[i][n] = gamma[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                throw new IllegalArgumentException("routing traps requests in a loop with no exit (singular I - P)");
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    if (f != 0) {
                        for (int k = col; k <= n; k++) {
                            a[r][k] -= f * a[col][k];
                        }
                    }
                }
            }
        }
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = Math.max(0, a[i][n] / a[i][i]); // clamp -0 and rounding noise on unvisited stations
        }
        return lambda;
    }
}
