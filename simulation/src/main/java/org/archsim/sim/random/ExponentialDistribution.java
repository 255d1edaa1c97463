package org.archsim.sim.random;

/** Exponential service time with the given mean in µs (cv 1); one draw per sample, by inversion. */
public record ExponentialDistribution(double meanUs) implements ServiceDistribution {
    /** @throws IllegalArgumentException if the mean is negative */
    public ExponentialDistribution {
        if (!(meanUs >= 0)) {
            throw new IllegalArgumentException("mean must be >= 0: " + meanUs);
        }
    }

    @Override
    public long sample(RandomStream rng) {
        return Math.round(-meanUs * Math.log(rng.nextDoubleNonZero()));
    }

    @Override
    public DistributionKind kind() {
        return DistributionKind.EXPONENTIAL;
    }

    @Override
    public double cv() {
        return 1.0;
    }

    @Override
    public ServiceDistribution scaled(double factor) {
        return new ExponentialDistribution(meanUs * factor);
    }
}
