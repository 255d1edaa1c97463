package org.archsim.sim.random;

import java.nio.charset.StandardCharsets;

/**
 * Stateless 64-bit mixing helpers used to derive stream seeds: the SplitMix64 finaliser and FNV-1a over UTF-8 bytes.
 *
 * <p>Both are fixed, published bit-level functions, so derived seeds are identical on every JVM (unlike
 * {@link String#hashCode()}, which is only 32 bits wide and collides easily).
 */
public final class SplitMix64 {
    /** The golden-ratio increment of SplitMix64. */
    public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private SplitMix64() {
    }

    /** The SplitMix64 output function: a bijective avalanche mix of {@code z}. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a hash of the UTF-8 bytes of {@code s}. */
    public static long fnv1a(String s) {
        long h = FNV_OFFSET;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xFF);
            h *= FNV_PRIME;
        }
        return h;
    }
}
