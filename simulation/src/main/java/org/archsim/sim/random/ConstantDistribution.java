package org.archsim.sim.random;

/** Deterministic service time: every sample is the mean rounded to whole µs; consumes no random draws. */
public record ConstantDistribution(double meanUs) implements ServiceDistribution {
    /** @throws IllegalArgumentException if the mean is negative */
    public ConstantDistribution {
        if (!(meanUs >= 0)) {
            throw new IllegalArgumentException("mean must be >= 0: " + meanUs);
        }
    }

    @Override
    public long sample(RandomStream rng) {
        return Math.round(meanUs);
    }

    @Override
    public DistributionKind kind() {
        return DistributionKind.CONSTANT;
    }

    @Override
    public double cv() {
        return 0.0;
    }

    @Override
    public ServiceDistribution scaled(double factor) {
        return new ConstantDistribution(meanUs * factor);
    }
}
