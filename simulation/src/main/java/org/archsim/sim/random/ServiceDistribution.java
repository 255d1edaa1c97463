package org.archsim.sim.random;

/**
 * A non-negative time distribution, sampled in whole microseconds.
 *
 * <p>Contract: {@link #sample(RandomStream)} returns a value ≥ 0 (the continuous draw rounded to the nearest µs) and
 * consumes a fixed number of draws from the stream per call; {@link #meanUs()}, {@link #cv()} and
 * {@link #secondMomentUs2()} describe the continuous distribution and feed the closed forms in
 * {@code org.archsim.sim.theory}.
 *
 * <pre>{@code
 * ServiceDistribution s = ServiceDistribution.of("lognormal", 20_000, 1.5); // mean 20 ms, cv 1.5
 * long us = s.sample(streams.stream("service/db"));
 * }</pre>
 */
public interface ServiceDistribution {

    /** One sample in microseconds (≥ 0). */
    long sample(RandomStream rng);

    /** The family. */
    DistributionKind kind();

    /** Mean in microseconds. */
    double meanUs();

    /** Coefficient of variation (standard deviation / mean). */
    double cv();

    /** E[S²] in µs², i.e. (1 + cv²)·mean². */
    default double secondMomentUs2() {
        double m = meanUs();
        double c = cv();
        return (1 + c * c) * m * m;
    }

    /** Same family and cv with the mean multiplied by {@code factor} (e.g. a slow-down fault or a faster machine). */
    ServiceDistribution scaled(double factor);

    /**
     * Builds a distribution from its name (see {@link DistributionKind#parse}), mean in µs and coefficient of variation.
     * The cv is used by lognormal only; the other kinds have a fixed cv. A lognormal with cv 0 is a constant.
     *
     * @throws IllegalArgumentException if the mean is negative or not finite, or cv is negative
     */
    static ServiceDistribution of(String name, double meanUs, double cv) {
        return of(DistributionKind.parse(name), meanUs, cv);
    }

    /** As {@link #of(String, double, double)} with the kind given directly. */
    static ServiceDistribution of(DistributionKind kind, double meanUs, double cv) {
        if (!(meanUs >= 0) || Double.isInfinite(meanUs)) {
            throw new IllegalArgumentException("mean must be finite and >= 0: " + meanUs);
        }
        if (!(cv >= 0) || Double.isInfinite(cv)) {
            throw new IllegalArgumentException("cv must be finite and >= 0: " + cv);
        }
        switch (kind) {
            case EXPONENTIAL:
                return new ExponentialDistribution(meanUs);
            case CONSTANT:
                return new ConstantDistribution(meanUs);
            case UNIFORM:
                return new UniformDistribution(meanUs);
            case LOGNORMAL:
                return cv == 0 ? new ConstantDistribution(meanUs) : new LogNormalDistribution(meanUs, cv);
            default:
                throw new IllegalArgumentException("unsupported kind " + kind);
        }
    }
}
