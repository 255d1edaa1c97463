package org.archsim.sim.random;

import java.util.Locale;

/** The service-time distribution families a part can use, with the lower-case names used in design files. */
public enum DistributionKind {
    /** Exponential (cv = 1 by definition; a given cv is ignored). */
    EXPONENTIAL,
    /** Deterministic: always the mean (cv = 0; a given cv is ignored). */
    CONSTANT,
    /** Lognormal with the given mean and coefficient of variation. */
    LOGNORMAL,
    /** Uniform on [0, 2·mean] (cv = 1/√3; a given cv is ignored). */
    UNIFORM;

    /** The lower-case name, e.g. {@code "lognormal"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code id}, case-insensitive; {@code "deterministic"} is accepted for {@link #CONSTANT}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static DistributionKind parse(String id) {
        String k = id.trim().toLowerCase(Locale.ROOT);
        if (k.equals("deterministic")) {
            return CONSTANT;
        }
        for (DistributionKind d : values()) {
            if (d.id().equals(k)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown distribution '" + id + "' (expected exponential, constant, "
                + "lognormal or uniform)");
    }
}
