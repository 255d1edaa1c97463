package org.archsim.sim.random;

/**
 * Samples ranks 1..N with P(k) ∝ k^−s (Zipf) in O(1) expected time per sample and O(1) memory, for any N ≥ 1 and
 * exponent s ≥ 0 (s = 0 is uniform).
 *
 * <p>Method: rejection-inversion (Hörmann and Derflinger, 1996). A continuous hat function h(x) = x^−s, whose integral H
 * can be inverted in closed form, covers the discrete probabilities; a uniform u picks x = H⁻¹(u), rounds it to the
 * nearest rank k and accepts k if u lies under the part of the hat belonging to k. The expected number of draws per
 * sample is close to 1 for every s.
 *
 * <pre>{@code
 * ZipfSampler keys = new ZipfSampler(1_000_000, 0.99);
 * long key = keys.sample(streams.stream("keys/client-1")); // 1 is the hottest key
 * }</pre>
 */
public final class ZipfSampler {
    private final long n;
    private final double s;
    private final double hIntegralX1;
    private final double hIntegralN;
    private final double acceptShortcut;

    /**
     * @param n number of ranks (≥ 1)
     * @param s exponent (≥ 0, finite)
     */
    public ZipfSampler(long n, double s) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1: " + n);
        }
        if (!(s >= 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("exponent must be finite and >= 0: " + s);
        }
        this.n = n;
        this.s = s;
        this.hIntegralX1 = hIntegral(1.5) - 1.0;
        this.hIntegralN = hIntegral(n + 0.5);
        this.acceptShortcut = 2.0 - hIntegralInverse(hIntegral(2.5) - h(2.0));
    }

    /** Number of ranks. */
    public long n() {
        return n;
    }

    /** Exponent. */
    public double exponent() {
        return s;
    }

    /** One rank in 1..N (1 is the most frequent). */
    public long sample(RandomStream rng) {
        if (s == 0.0) {
            return 1 + rng.nextLong(n);
        }
        while (true) {
            double u = hIntegralN + rng.nextDouble() * (hIntegralX1 - hIntegralN);
            double x = hIntegralInverse(u);
            long k = (long) (x + 0.5);
            if (k < 1) {
                k = 1;
            } else if (k > n) {
                k = n;
            }
            // Most candidates are accepted by the cheap test; the exact test compares u with the hat's share of k.
            if (k - x <= acceptShortcut || u >= hIntegral(k + 0.5) - h(k)) {
                return k;
            }
        }
    }

    /** Exact probability of rank {@code k} (O(N) per call; for tests and diagnostics, not the hot path). */
    public double probability(long k) {
        if (k < 1 || k > n) {
            return 0.0;
        }
        double norm = 0;
        for (long i = n; i >= 1; i--) {
            norm += Math.pow(i, -s);
        }
        return Math.pow(k, -s) / norm;
    }

    /** H(x) = ∫₁ˣ t^−s dt written so that s → 1 is continuous: (x^(1−s) − 1)/(1 − s), or ln x at s = 1. */
    private double hIntegral(double x) {
        double logX = Math.log(x);
        return expm1OverX((1.0 - s) * logX) * logX;
    }

    private double h(double x) {
        return Math.exp(-s * Math.log(x));
    }

    private double hIntegralInverse(double x) {
        double t = x * (1.0 - s);
        if (t < -1.0) {
            t = -1.0; // guards rounding just past the end of the domain
        }
        return Math.exp(log1pOverX(t) * x);
    }

    /** (e^x − 1)/x, continuous at 0. */
    private static double expm1OverX(double x) {
        return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1.0 + x * 0.5 * (1.0 + x / 3.0 * (1.0 + x * 0.25));
    }

    /** ln(1 + x)/x, continuous at 0. */
    private static double log1pOverX(double x) {
        return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1.0 - x * (0.5 - x * (1.0 / 3.0 - x * 0.25));
    }
}
