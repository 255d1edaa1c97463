package org.archsim.model.scenario;

import org.archsim.model.ParamSpec;

/**
 * One change of the load profile: from {@code atS} on, every client's arrival rate is multiplied by
 * {@code multiplier}. With {@code rampS > 0} the multiplier moves linearly from the previous step's value to this one
 * over {@code rampS} seconds starting at {@code atS}. Before the first step the multiplier is 1.
 *
 * @param atS        when the step starts, seconds from the start of the run (≥ 0)
 * @param multiplier the factor on every client's rate (≥ 0)
 * @param rampS      seconds to ramp to the multiplier; 0 = a jump
 */
public record LoadStep(double atS, double multiplier, double rampS) {

    /** Range and default of {@code atS}, used by readers, the schema and the docs. */
    public static final ParamSpec AT_S = ParamSpec.decimal("atS", "s", 0.0, 0.0, 31_536_000.0,
            "When the step starts, seconds from the start of the run.");
    /** Range of {@code multiplier}. */
    public static final ParamSpec MULTIPLIER = ParamSpec.decimal("multiplier", "×", 1.0, 0.0, 10_000.0,
            "Factor on every client's arrival rate from this step on.");
    /** Range and default of {@code rampS}. */
    public static final ParamSpec RAMP_S = ParamSpec.decimal("rampS", "s", 0.0, 0.0, 31_536_000.0,
            "Seconds over which the multiplier moves linearly from the previous value; 0 = a jump.");

    public LoadStep {
        check(AT_S, atS);
        check(MULTIPLIER, multiplier);
        check(RAMP_S, rampS);
    }

    /** A jump to {@code multiplier} at {@code atS}. */
    public LoadStep(double atS, double multiplier) {
        this(atS, multiplier, 0.0);
    }

    static void check(ParamSpec spec, double v) {
        spec.check(v).ifPresent(m -> {
            throw new IllegalArgumentException(spec.key() + " " + m);
        });
    }
}
