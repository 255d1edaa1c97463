package org.archsim.model.scenario;

import static org.archsim.model.scenario.FaultField.DURATION_S;
import static org.archsim.model.scenario.FaultField.FACTOR;
import static org.archsim.model.scenario.FaultField.LAG_MS;
import static org.archsim.model.scenario.FaultField.MULTIPLIER;
import static org.archsim.model.scenario.FaultField.RATE;
import static org.archsim.model.scenario.FaultField.TARGET;
import static org.archsim.model.scenario.FaultField.TARGETS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of fault a scenario can schedule, each with its file name and, as data, the fields it requires and allows.
 * Readers, the record's own checks, the JSON schema and the docs all read these declarations; nothing else decides
 * which fields a type takes.
 *
 * <ul>
 *   <li>{@link #required()} — fields that must be present;</li>
 *   <li>{@link #oneOf()} — fields of which exactly one must be present (a partition names a target or a set);</li>
 *   <li>{@link #optional()} — fields that may be present ({@code durationS} for every type).</li>
 * </ul>
 */
public enum FaultType {
    CRASH("crash", TargetKind.PART, Set.of(), "The target part stops answering; it recovers when the fault ends.",
            fields(TARGET), fields(), fields()),
    SLOW_DOWN("slow-down", TargetKind.PART, Set.of(), "The target's service times are multiplied by factor.",
            fields(TARGET, FACTOR), fields(), fields()),
    PARTITION("partition", TargetKind.PART_OR_LINK, Set.of(),
            "Messages stop flowing over a link (target \"a->b\"), to and from a part (target), "
                    + "or between a set of parts (targets) and the rest.",
            fields(), fields(TARGET, TARGETS), fields()),
    TRAFFIC_SPIKE("traffic-spike", TargetKind.NONE, Set.of("client"),
            "Arrival rates are multiplied by multiplier; with a target, only that client's.",
            fields(MULTIPLIER), fields(), fields(TARGET)),
    CACHE_FLUSH("cache-flush", TargetKind.PART, Set.of("cache", "cdn"),
            "The target cache loses every entry at once (a cold cache).",
            fields(TARGET), fields(), fields()),
    REPLICA_LAG("replica-lag", TargetKind.PART, Set.of("database"),
            "Replication to the target replica (or to every replica of a target primary) lags by lagMs.",
            fields(TARGET, LAG_MS), fields(), fields()),
    ZONE_LOSS("zone-loss", TargetKind.ZONE, Set.of(), "Every part whose zone is the target goes down.",
            fields(TARGET), fields(), fields()),
    PACKET_LOSS("packet-loss", TargetKind.LINK, Set.of(), "The target link loses the fraction rate of its messages.",
            fields(TARGET, RATE), fields(), fields()),
    DEPENDENCY_TIMEOUT("dependency-timeout", TargetKind.LINK, Set.of(),
            "Calls over the target link hang until the caller's timeout (forever without one).",
            fields(TARGET), fields(), fields()),
    READ_ONLY("read-only", TargetKind.PART, Set.of("database"), "The target database refuses writes.",
            fields(TARGET), fields(), fields()),
    ADD_SHARD("add-shard", TargetKind.PART, Set.of("database"),
            "The target database joins the shards of the services that shard over it (it is not a shard before); "
                    + "keys are re-dealt and moved keys are copied on first use. With durationS it leaves again.",
            fields(TARGET), fields(), fields()),
    REMOVE_SHARD("remove-shard", TargetKind.PART, Set.of("database"),
            "The target database leaves the shards of the services that shard over it; its keys move to the others. "
                    + "With durationS it joins again.",
            fields(TARGET), fields(), fields());

    private final String fileName;
    private final TargetKind targetKind;
    private final Set<String> targetPartKinds;
    private final String description;
    private final Set<FaultField> required;
    private final Set<FaultField> oneOf;
    private final Set<FaultField> optional;

    FaultType(String fileName, TargetKind targetKind, Set<String> targetPartKinds, String description,
              Set<FaultField> required, Set<FaultField> oneOf, Set<FaultField> optional) {
        this.fileName = fileName;
        this.targetKind = targetKind;
        this.targetPartKinds = Set.copyOf(targetPartKinds);
        this.description = description;
        this.required = Collections.unmodifiableSet(required);
        this.oneOf = Collections.unmodifiableSet(oneOf);
        optional.add(DURATION_S);
        this.optional = Collections.unmodifiableSet(optional);
    }

    private static Set<FaultField> fields(FaultField... f) {
        EnumSet<FaultField> s = EnumSet.noneOf(FaultField.class);
        Collections.addAll(s, f);
        return s;
    }

    /** The name in scenario files, e.g. {@code slow-down}. */
    public String fileName() {
        return fileName;
    }

    /** What {@code target} names. */
    public TargetKind targetKind() {
        return targetKind;
    }

    /** Part kinds the target must have (when it names a part); empty = any kind. */
    public Set<String> targetPartKinds() {
        return targetPartKinds;
    }

    /** One line for docs and the schema. */
    public String description() {
        return description;
    }

    /** Fields that must be present. */
    public Set<FaultField> required() {
        return required;
    }

    /** Fields of which exactly one must be present; empty when there is no such rule. */
    public Set<FaultField> oneOf() {
        return oneOf;
    }

    /** Fields that may be present. */
    public Set<FaultField> optional() {
        return optional;
    }

    /** Whether a fault of this type may carry {@code f}. */
    public boolean allows(FaultField f) {
        return required.contains(f) || oneOf.contains(f) || optional.contains(f);
    }

    /** Every field this type may carry, in declaration order. */
    public List<FaultField> allowed() {
        List<FaultField> out = new ArrayList<>();
        for (FaultField f : FaultField.values()) {
            if (allows(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The type with this file name, or empty. */
    public static Optional<FaultType> byFileName(String name) {
        for (FaultType t : values()) {
            if (t.fileName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return fileName;
    }
}
