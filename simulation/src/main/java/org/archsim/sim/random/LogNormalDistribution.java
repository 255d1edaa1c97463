package org.archsim.sim.random;

/**
 * Lognormal service time parameterised by its mean (µs) and coefficient of variation: with σ² = ln(1 + cv²) and
 * μ = ln(mean) − σ²/2, a sample is exp(μ + σ·Z) for a standard normal Z (two draws per sample). Immutable; equality is
 * by (mean, cv).
 */
public final class LogNormalDistribution implements ServiceDistribution {
    private final double meanUs;
    private final double cv;
    private final double mu;
    private final double sigma;

    /** @throws IllegalArgumentException unless mean > 0 and cv > 0 */
    public LogNormalDistribution(double meanUs, double cv) {
        if (!(meanUs > 0) || !(cv > 0) || Double.isInfinite(meanUs) || Double.isInfinite(cv)) {
            throw new IllegalArgumentException("lognormal needs finite mean > 0 and cv > 0: " + meanUs + ", " + cv);
        }
        this.meanUs = meanUs;
        this.cv = cv;
        double s2 = Math.log1p(cv * cv);
        this.sigma = Math.sqrt(s2);
        this.mu = Math.log(meanUs) - s2 / 2;
    }

    /** σ of the underlying normal. */
    public double sigma() {
        return sigma;
    }

    /** μ of the underlying normal. */
    public double mu() {
        return mu;
    }

    @Override
    public long sample(RandomStream rng) {
        return Math.round(Math.exp(mu + sigma * rng.nextGaussian()));
    }

    @Override
    public DistributionKind kind() {
        return DistributionKind.LOGNORMAL;
    }

    @Override
    public double meanUs() {
        return meanUs;
    }

    @Override
    public double cv() {
        return cv;
    }

    @Override
    public ServiceDistribution scaled(double factor) {
        return new LogNormalDistribution(meanUs * factor, cv);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogNormalDistribution d
                && Double.compare(d.meanUs, meanUs) == 0 && Double.compare(d.cv, cv) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(meanUs) + Double.hashCode(cv);
    }

    @Override
    public String toString() {
        return "LogNormalDistribution[meanUs=" + meanUs + ", cv=" + cv + "]";
    }
}
