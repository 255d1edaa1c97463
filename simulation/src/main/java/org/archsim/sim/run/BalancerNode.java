package org.archsim.sim.run;

import java.util.Map;
import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;

/**
 * A load balancer: after its own (small) work it sends each request to one backend it believes healthy, chosen by
 * its algorithm. Health is learned only through periodic checks: a backend is taken out after
 * {@code unhealthyThreshold} failed checks in a row and put back after {@code healthyThreshold} passed ones — so a
 * crashed backend keeps receiving (and failing) requests until the checks notice.
 *
 * <p>Algorithms: {@code round-robin}; {@code least-connections} (fewest calls in flight from this balancer);
 * {@code ip-hash} (the request's key picks the backend, so a user sticks to one); {@code weighted} and {@code random}
 * (a backend is drawn with probability proportional to its weight; missing weights count 1).
 */
final class BalancerNode extends CallerNode {

    private final String algorithm;
    private final double[] weights;
    final boolean[] healthy;
    private final int[] failedChecks;
    private final int[] passedChecks;
    private final int unhealthyThreshold;
    private final int healthyThreshold;
    final long checkIntervalUs;
    private int cursor;
    private final int[] candidates;

    BalancerNode(Simulation sim, int index, Component c, int[] out, Topology topology) {
        super(sim, index, c);
        this.out = out;
        this.algorithm = c.textParam("algorithm");
        Map<String, Double> w = c.weightsParam("weights");
        this.weights = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            weights[i] = w.getOrDefault(topology.idOf(topology.link(out[i]).to), 1.0);
        }
        this.healthy = new boolean[out.length];
        java.util.Arrays.fill(healthy, true);
        this.failedChecks = new int[out.length];
        this.passedChecks = new int[out.length];
        this.unhealthyThreshold = c.intParam("unhealthyThreshold");
        this.healthyThreshold = c.intParam("healthyThreshold");
        this.checkIntervalUs = Math.max(1, Math.round(c.doubleParam("healthCheckIntervalMs") * 1000));
        this.candidates = new int[out.length];
    }

    @Override
    int nextLink(Simulation sim, int call) {
        RequestTable t = sim.table();
        if (t.next(call) != 0) {
            t.setNext(call, out.length);
            return -1; // the one backend call is done
        }
        int pos = choose(sim, call);
        if (pos < 0) {
            t.setNext(call, out.length);
            sim.fail(call, FailureReason.NO_HEALTHY_BACKEND, index);
            return HANDLED;
        }
        t.setNext(call, pos + 1);
        return out[pos];
    }

    @Override
    int retryLink(Simulation sim, int call, int failedLink) {
        int pos = choose(sim, call);
        if (pos < 0) {
            return failedLink;
        }
        sim.table().setNext(call, pos + 1);
        return out[pos];
    }

    /** Position in {@link #out} of the chosen backend, or -1 when none is believed healthy. */
    private int choose(Simulation sim, int call) {
        RequestTable t = sim.table();
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (healthy[i] && sim.topology().link(out[i]).accepts(t.type(call), t.endpoint(call))) {
                candidates[n++] = i;
            }
        }
        if (n == 0) {
            return -1;
        }
        return switch (algorithm) {
            case "least-connections" -> leastConnections(sim, n);
            case "ip-hash" -> candidates[(int) Math.floorMod(mix(t.key(call)), (long) n)];
            case "weighted", "random" -> weightedDraw(n);
            default -> candidates[Math.floorMod(cursor++, n)];
        };
    }

    private int leastConnections(Simulation sim, int n) {
        int best = -1;
        int bestLoad = Integer.MAX_VALUE;
        int start = Math.floorMod(cursor++, n); // rotate the tie-break so equal backends share the load
        for (int k = 0; k < n; k++) {
            int i = candidates[(start + k) % n];
            int load = sim.topology().link(out[i]).inFlight;
            if (load < bestLoad) {
                bestLoad = load;
                best = i;
            }
        }
        return best;
    }

    private int weightedDraw(int n) {
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += weights[candidates[k]];
        }
        if (total <= 0) {
            return candidates[routeRng.nextInt(n)];
        }
        double r = routeRng.nextDouble() * total;
        for (int k = 0; k < n; k++) {
            r -= weights[candidates[k]];
            if (r < 0) {
                return candidates[k];
            }
        }
        return candidates[n - 1];
    }

    private static long mix(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        return z ^ (z >>> 31);
    }

    /** One round of health checks: the truth is whether the backend is up and reachable. */
    void healthCheck(Simulation sim) {
        for (int i = 0; i < out.length; i++) {
            LinkRt l = sim.topology().link(out[i]);
            boolean up = !sim.topology().node(l.to).down && !l.partitioned;
            if (up) {
                failedChecks[i] = 0;
                if (!healthy[i] && ++passedChecks[i] >= healthyThreshold) {
                    healthy[i] = true;
                }
            } else {
                passedChecks[i] = 0;
                if (healthy[i] && ++failedChecks[i] >= unhealthyThreshold) {
                    healthy[i] = false;
                }
            }
        }
    }

    /** How many backends the balancer currently sends to. */
    int healthyCount() {
        int n = 0;
        for (boolean h : healthy) {
            n += h ? 1 : 0;
        }
        return n;
    }
}
