package org.archsim.sim.random;

/**
 * A fast, high-quality pseudo-random generator (xoshiro256**, period 2^256 − 1) for one purpose in a simulation.
 *
 * <p>Obtain one from {@link RandomStreams#stream(String)}. The sequence depends only on the 256-bit state it was seeded
 * with; every method consumes a documented amount of it, so two runs that make the same calls see the same numbers.
 * Not thread-safe; one stream belongs to one simulation.
 */
public final class RandomStream {
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /**
     * Seeds the state by running SplitMix64 from {@code seed}. (All-zero state is impossible because SplitMix64's
     * outputs are a bijection of distinct counters.)
     */
    public RandomStream(long seed) {
        long x = seed;
        s0 = SplitMix64.mix(x += SplitMix64.GOLDEN_GAMMA);
        s1 = SplitMix64.mix(x += SplitMix64.GOLDEN_GAMMA);
        s2 = SplitMix64.mix(x += SplitMix64.GOLDEN_GAMMA);
        s3 = SplitMix64.mix(x + SplitMix64.GOLDEN_GAMMA);
    }

    private RandomStream(long s0, long s1, long s2, long s3) {
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /** A stream with an explicit state (not all zero): for reference test vectors. */
    static RandomStream ofState(long s0, long s1, long s2, long s3) {
        return new RandomStream(s0, s1, s2, s3);
    }

    /** An independent copy at the same position: both produce the same sequence from here on. */
    public RandomStream copy() {
        return new RandomStream(s0, s1, s2, s3);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        final long result = Long.rotateLeft(s1 * 5, 7) * 9;
        final long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform on [0, 1) with 53 random bits; consumes one long. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform on (0, 1] (never 0, safe for {@code log}); consumes one long. */
    public double nextDoubleNonZero() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** Uniform on [0, bound) for {@code bound > 0}, unbiased (multiply-and-reject); usually consumes one long. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** Uniform on [0, bound) for {@code bound > 0}, unbiased (rejection on the top bits). */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long mask = bound - 1;
        if ((bound & mask) == 0) {
            return nextLong() & mask;
        }
        long u = nextLong() >>> 1;
        for (long r = u % bound; u + (bound - 1) - r < 0; r = u % bound) {
            u = nextLong() >>> 1;
        }
        return u % bound;
    }

    /** True with probability {@code p}; consumes one long. */
    public boolean nextBoolean(double p) {
        return nextDouble() < p;
    }

    /** Exponential with the given mean (inversion); consumes one long. */
    public double nextExponential(double mean) {
        return -mean * Math.log(nextDoubleNonZero());
    }

    /** Standard normal by the Box–Muller transform (no cached spare, so the state is just the generator); two longs. */
    public double nextGaussian() {
        double u1 = nextDoubleNonZero();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
