package org.archsim.sim.theory;

/**
 * Closed forms for single stations with Poisson arrivals. All return {@link QueueMetrics#unstable} when ρ ≥ 1.
 *
 * <pre>{@code
 * QueueFormulas.mm1(0.9, 1.0).w();          // 10.0
 * QueueFormulas.mmc(1.5, 1.0, 2).pWait();   // 0.642857...
 * QueueFormulas.mg1(0.5, 1.0, 0.0).wq();    // 0.5 (M/D/1)
 * }</pre>
 */
public final class QueueFormulas {
    private QueueFormulas() {
    }

    /** M/M/1 with arrival rate λ and service rate μ: W = 1/(μ − λ). */
    public static QueueMetrics mm1(double lambda, double mu) {
        return mmc(lambda, mu, 1);
    }

    /** M/M/c: Wq = C(c, λ/μ) / (cμ − λ) with C the Erlang C probability of waiting. */
    public static QueueMetrics mmc(double lambda, double mu, int servers) {
        checkRate("lambda", lambda);
        checkRate("mu", mu);
        if (mu == 0) {
            throw new IllegalArgumentException("mu must be > 0");
        }
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be >= 1: " + servers);
        }
        double a = lambda / mu;
        double rho = a / servers;
        if (rho >= 1) {
            return QueueMetrics.unstable(lambda, rho);
        }
        double pWait = ErlangC.erlangC(servers, a);
        double wq = pWait / (servers * mu - lambda);
        return QueueMetrics.of(lambda, rho, pWait, wq, 1 / mu);
    }

    /**
     * M/G/1 by Pollaczek–Khinchine: Wq = λ·E[S²] / (2(1 − ρ)) with E[S²] = (1 + cv²)·E[S]².
     *
     * @param meanService E[S]
     * @param cv          coefficient of variation of the service time (0 = deterministic, 1 = exponential)
     */
    public static QueueMetrics mg1(double lambda, double meanService, double cv) {
        checkRate("lambda", lambda);
        checkRate("meanService", meanService);
        checkRate("cv", cv);
        double rho = lambda * meanService;
        if (rho >= 1) {
            return QueueMetrics.unstable(lambda, rho);
        }
        double es2 = (1 + cv * cv) * meanService * meanService;
        double wq = lambda * es2 / (2 * (1 - rho));
        return QueueMetrics.of(lambda, rho, rho, wq, meanService);
    }

    /** M/D/1: Pollaczek–Khinchine with cv = 0, Wq = ρ·S / (2(1 − ρ)). */
    public static QueueMetrics md1(double lambda, double meanService) {
        return mg1(lambda, meanService, 0);
    }

    private static void checkRate(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + v);
        }
    }
}
