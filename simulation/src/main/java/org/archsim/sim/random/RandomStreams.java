package org.archsim.sim.random;

/**
 * Derives one independent {@link RandomStream} per purpose from a single seed.
 *
 * <p>A stream's starting state is a function of (seed, name[, index]) only: FNV-1a over the name's UTF-8 bytes, mixed
 * with the seed and index through SplitMix64. So adding, removing or reordering streams never changes another stream's
 * numbers, and the same seed gives the same numbers on every run and JVM.
 *
 * <pre>{@code
 * RandomStreams streams = new RandomStreams(42);
 * RandomStream arrivals = streams.stream("arrivals/client-1");
 * RandomStream service = streams.stream("service", partIndex);
 * }</pre>
 *
 * <p>Each call returns a new generator positioned at the start of its stream: keep the instance you are given.
 */
public final class RandomStreams {
    private final long seed;

    /** Streams derived from {@code seed}. */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The seed these streams derive from. */
    public long seed() {
        return seed;
    }

    /** A fresh generator at the start of the stream called {@code name}. */
    public RandomStream stream(String name) {
        return new RandomStream(streamSeed(name, 0));
    }

    /** A fresh generator at the start of sub-stream {@code index} of {@code name} (e.g. one per part). */
    public RandomStream stream(String name, long index) {
        return new RandomStream(streamSeed(name, index + 1));
    }

    private long streamSeed(String name, long index) {
        if (name == null) {
            throw new IllegalArgumentException("stream name is null");
        }
        long h = SplitMix64.mix(SplitMix64.fnv1a(name) + SplitMix64.GOLDEN_GAMMA * index);
        return SplitMix64.mix(h ^ SplitMix64.mix(seed));
    }
}
