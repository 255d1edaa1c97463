package org.archsim.model.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One scheduled fault. Which of the optional components are set is fixed by {@link FaultType} data: the constructor
 * refuses a fault that lacks a required field, carries a field its type does not take, or holds a value out of range.
 * Absent fields are {@code null} ({@code targets}: empty).
 *
 * <pre>{@code
 * Fault crash = Fault.of(200, FaultType.CRASH, "db").withDurationS(60.0);
 * Fault slow = Fault.of(100, FaultType.SLOW_DOWN, "app").withFactor(3.0);
 * Fault split = Fault.partitionOf(300, List.of("db", "db-replica"));
 * }</pre>
 *
 * @param atS        when the fault starts, seconds from the start of the run
 * @param type       what happens
 * @param target     a part id, a link id {@code from->to} or a zone, as the type says; or {@code null}
 * @param targets    a set of part ids (partition only), empty when absent
 * @param durationS  how long it lasts; {@code null} = until the end of the run
 * @param factor     slow-down factor
 * @param multiplier traffic-spike multiplier
 * @param lagMs      replica lag
 * @param rate       packet-loss rate
 */
public record Fault(double atS, FaultType type, String target, List<String> targets, Double durationS, Double factor,
                    Double multiplier, Double lagMs, Double rate) {

    public Fault {
        Objects.requireNonNull(type, "type");
        targets = targets == null ? List.of() : List.copyOf(targets);
        if (!Double.isFinite(atS) || atS < 0) {
            throw new IllegalArgumentException("atS must be ≥ 0, was " + atS);
        }
        List<String> wrong = new ArrayList<>();
        for (FaultField f : FaultField.values()) {
            Object v = valueOf(f, target, targets, durationS, factor, multiplier, lagMs, rate);
            if (v == null && type.required().contains(f)) {
                wrong.add(f.key() + " is required");
            } else if (v != null && !type.allows(f)) {
                wrong.add(f.key() + " is not taken by " + type.fileName() + " faults");
            } else if (v != null && f.spec().isPresent()) {
                f.spec().get().check(v).ifPresent(m -> wrong.add(f.key() + " " + m));
            }
        }
        if (!type.oneOf().isEmpty()) {
            int present = 0;
            for (FaultField f : type.oneOf()) {
                if (valueOf(f, target, targets, durationS, factor, multiplier, lagMs, rate) != null) {
                    present++;
                }
            }
            if (present != 1) {
                wrong.add("exactly one of " + type.oneOf().stream().map(FaultField::key).toList() + " is required");
            }
        }
        if (target != null && target.isBlank()) {
            wrong.add("target must not be blank");
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(type.fileName() + " fault at " + atS + " s: " + String.join("; ", wrong));
        }
    }

    /**
     * A fault of {@code type} at {@code atS} on {@code target} ({@code null} for none), lasting to the end; numeric
     * fields the type requires start at their declared defaults — change them with the {@code with…} methods.
     */
    public static Fault of(double atS, FaultType type, String target) {
        return new Fault(atS, type, target, List.of(), null, defaultOf(type, FaultField.FACTOR),
                defaultOf(type, FaultField.MULTIPLIER), defaultOf(type, FaultField.LAG_MS), defaultOf(type, FaultField.RATE));
    }

    /** A partition cutting the set {@code parts} off from the rest of the system, lasting to the end. */
    public static Fault partitionOf(double atS, List<String> parts) {
        return new Fault(atS, FaultType.PARTITION, null, parts, null, null, null, null, null);
    }

    private static Double defaultOf(FaultType type, FaultField f) {
        return type.required().contains(f) ? (Double) f.spec().orElseThrow().defaultValue() : null;
    }

    /** The value of a field, or {@code null} when absent ({@link FaultField#TARGETS}: a list, null when empty). */
    public Object value(FaultField f) {
        return valueOf(f, target, targets, durationS, factor, multiplier, lagMs, rate);
    }

    /** The duration, or empty when the fault lasts to the end of the run. */
    public OptionalDouble duration() {
        return durationS == null ? OptionalDouble.empty() : OptionalDouble.of(durationS);
    }

    /** When the fault ends: {@code atS + durationS}, or positive infinity when it lasts to the end. */
    public double endS() {
        return durationS == null ? Double.POSITIVE_INFINITY : atS + durationS;
    }

    public Fault withTarget(String t) {
        return new Fault(atS, type, t, targets, durationS, factor, multiplier, lagMs, rate);
    }

    public Fault withTargets(List<String> t) {
        return new Fault(atS, type, target, t, durationS, factor, multiplier, lagMs, rate);
    }

    public Fault withDurationS(Double d) {
        return new Fault(atS, type, target, targets, d, factor, multiplier, lagMs, rate);
    }

    public Fault withFactor(Double f) {
        return new Fault(atS, type, target, targets, durationS, f, multiplier, lagMs, rate);
    }

    public Fault withMultiplier(Double m) {
        return new Fault(atS, type, target, targets, durationS, factor, m, lagMs, rate);
    }

    public Fault withLagMs(Double l) {
        return new Fault(atS, type, target, targets, durationS, factor, multiplier, l, rate);
    }

    public Fault withRate(Double r) {
        return new Fault(atS, type, target, targets, durationS, factor, multiplier, lagMs, r);
    }

    private static Object valueOf(FaultField f, String target, List<String> targets, Double durationS, Double factor,
                                  Double multiplier, Double lagMs, Double rate) {
        return switch (f) {
            case TARGET -> target;
            case TARGETS -> targets == null || targets.isEmpty() ? null : targets;
            case DURATION_S -> durationS;
            case FACTOR -> factor;
            case MULTIPLIER -> multiplier;
            case LAG_MS -> lagMs;
            case RATE -> rate;
        };
    }
}
