package org.archsim.sim.theory;

/**
 * Erlang B and C for c servers and offered load a = λ/μ, computed by the Erlang B recursion
 * B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), then C = B / (1 − ρ(1 − B)) with ρ = a/c. Every step is a ratio of
 * positive numbers below 1, so there are no factorials or powers to overflow: stable for c in the thousands.
 */
public final class ErlangC {
    private ErlangC() {
    }

    /** Blocking probability of an M/M/c/c loss system. @throws IllegalArgumentException if c < 1 or a < 0 */
    public static double erlangB(int c, double a) {
        check(c, a);
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Probability that an arrival waits in an M/M/c queue; 1 when a ≥ c (unstable). */
    public static double erlangC(int c, double a) {
        check(c, a);
        double rho = a / c;
        if (rho >= 1) {
            return 1.0;
        }
        double b = erlangB(c, a);
        return b / (1 - rho * (1 - b));
    }

    private static void check(int c, double a) {
        if (c < 1) {
            throw new IllegalArgumentException("servers must be >= 1: " + c);
        }
        if (!(a >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("offered load must be finite and >= 0: " + a);
        }
    }
}
