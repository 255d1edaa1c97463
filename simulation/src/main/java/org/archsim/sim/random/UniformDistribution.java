package org.archsim.sim.random;

/**
 * Uniform service time on [0, 2·mean] µs, so its mean is {@code meanUs} and its cv is 1/√3 ≈ 0.577; one draw per
 * sample.
 */
public record UniformDistribution(double meanUs) implements ServiceDistribution {
    /** @throws IllegalArgumentException if the mean is negative */
    public UniformDistribution {
        if (!(meanUs >= 0)) {
            throw new IllegalArgumentException("mean must be >= 0: " + meanUs);
        }
    }

    @Override
    public long sample(RandomStream rng) {
        return Math.round(2.0 * meanUs * rng.nextDouble());
    }

    @Override
    public DistributionKind kind() {
        return DistributionKind.UNIFORM;
    }

    @Override
    public double cv() {
        return 1.0 / Math.sqrt(3.0);
    }

    @Override
    public ServiceDistribution scaled(double factor) {
        return new UniformDistribution(meanUs * factor);
    }
}
