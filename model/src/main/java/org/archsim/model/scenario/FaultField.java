package org.archsim.model.scenario;

import java.util.Optional;
import org.archsim.model.ParamSpec;

/**
 * A field a fault object may carry besides {@code atS} and {@code type}. Numeric fields declare their range as a
 * {@link ParamSpec}, so validation, the JSON schema and the docs share one declaration. Which fields a fault type
 * requires or allows is data on {@link FaultType}.
 */
public enum FaultField {
    TARGET("target", null, "The part, link or zone the fault hits (see the fault type)."),
    TARGETS("targets", null, "A set of part ids cut off from the rest of the system (partition only)."),
    DURATION_S("durationS", ParamSpec.decimal("durationS", "s", 60.0, 0.001, 31_536_000.0,
            "How long the fault lasts; absent = until the end of the run."), null),
    FACTOR("factor", ParamSpec.decimal("factor", "×", 2.0, 1.0, 10_000.0,
            "Service times of the target are multiplied by this factor."), null),
    MULTIPLIER("multiplier", ParamSpec.decimal("multiplier", "×", 2.0, 0.0, 10_000.0,
            "Arrival rates are multiplied by this factor on top of the load profile."), null),
    LAG_MS("lagMs", ParamSpec.decimal("lagMs", "ms", 1000.0, 0.0, 3_600_000.0,
            "Replication lag of the target replica (or of every replica of the target primary)."), null),
    RATE("rate", ParamSpec.decimal("rate", "", 0.1, 0.0, 1.0,
            "Fraction of messages lost on the link."), null);

    private final String key;
    private final ParamSpec spec;
    private final String description;

    FaultField(String key, ParamSpec spec, String description) {
        this.key = key;
        this.spec = spec;
        this.description = description != null ? description : spec.description();
    }

    /** The name in scenario files. */
    public String key() {
        return key;
    }

    /** The range of a numeric field; empty for {@link #TARGET} and {@link #TARGETS}. */
    public Optional<ParamSpec> spec() {
        return Optional.ofNullable(spec);
    }

    /** One line for docs and the schema. */
    public String description() {
        return description;
    }

    /** The field with this file name, or empty. */
    public static Optional<FaultField> byKey(String key) {
        for (FaultField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
