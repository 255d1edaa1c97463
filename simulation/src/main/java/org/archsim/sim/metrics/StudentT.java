package org.archsim.sim.metrics;

/** The 97.5% quantile of Student's t distribution, for 95% two-sided confidence intervals. */
public final class StudentT {
    private static final double[] TABLE = {
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
    };
    private static final double Z = 1.959963984540054;

    private StudentT() {
    }

    /**
     * t(0.975, df): tabulated for df ≤ 30, else the Cornish–Fisher expansion around the normal quantile (error below
     * 1e-4 there).
     *
     * @throws IllegalArgumentException if {@code df < 1}
     */
    public static double quantile975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1: " + df);
        }
        if (df <= TABLE.length) {
            return TABLE[df - 1];
        }
        double z = Z;
        double z2 = z * z;
        double z3 = z2 * z;
        double z5 = z3 * z2;
        double z7 = z5 * z2;
        double n = df;
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n);
    }
}
