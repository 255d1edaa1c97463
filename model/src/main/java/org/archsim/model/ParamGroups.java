package org.archsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameter groups shared by several part kinds, declared once so that every kind that serves requests, scales or
 * calls downstream means the same thing by the same key. Each method takes the defaults that differ between kinds.
 */
final class ParamGroups {

    static final List<String> SERVICE_DISTS = List.of("exponential", "constant", "lognormal", "uniform");

    private ParamGroups() {
    }

    /** A queueing station: c parallel workers, a service-time distribution and a bounded waiting room. */
    static List<ParamSpec> station(int workers, double serviceTimeMs, String dist, int queueCapacity) {
        return List.of(
                ParamSpec.integer("workers", "", workers, 1, 100_000,
                        "Requests served in parallel by one instance (threads, connections or cores)."),
                ParamSpec.decimal("serviceTimeMs", "ms", serviceTimeMs, 0.0, 3_600_000.0,
                        "Mean time one request occupies a worker for this part's own work."),
                ParamSpec.choice("serviceDist", dist, SERVICE_DISTS,
                        "Shape of the service-time distribution; uniform spans 0 to twice the mean."),
                ParamSpec.decimal("serviceCv", "", 1.0, 0.0, 20.0,
                        "Coefficient of variation of a lognormal service time (standard deviation / mean)."),
                ParamSpec.integer("queueCapacity", "requests", queueCapacity, -1, 100_000_000,
                        "Requests that may wait for a worker; -1 means unbounded. Arrivals beyond it are rejected."),
                ParamSpec.decimal("timeoutMs", "ms", 0.0, 0.0, 3_600_000.0,
                        "A request still unanswered after this long (waiting included) fails as timed out; 0 = never."));
    }

    /** Horizontal and vertical scaling, autoscaling and cost. */
    static List<ParamSpec> scaling(int instances, double costPerHour) {
        return List.of(
                ParamSpec.integer("instances", "", instances, 1, 10_000,
                        "Identical copies of this part sharing its load, each with its own workers and queue."),
                ParamSpec.decimal("sizeFactor", "×", 1.0, 0.1, 64.0,
                        "Vertical size: service times are divided by this factor (a bigger machine)."),
                ParamSpec.bool("autoscale", false,
                        "Add or remove instances to keep utilisation near the target."),
                ParamSpec.integer("minInstances", "", 1, 1, 10_000, "Fewest instances autoscaling keeps."),
                ParamSpec.integer("maxInstances", "", 10, 1, 10_000, "Most instances autoscaling may start."),
                ParamSpec.decimal("targetUtilization", "", 0.6, 0.05, 1.0,
                        "Utilisation autoscaling aims for (busy fraction of the workers)."),
                ParamSpec.decimal("scaleOutDelayS", "s", 60.0, 0.0, 3600.0,
                        "Time from deciding to add an instance until it serves traffic (cold start)."),
                ParamSpec.decimal("costPerHour", "$/h", costPerHour, 0.0, 1_000_000.0,
                        "Cost of one running instance for one hour."));
    }

    /** Where the part runs; a zone loss takes down every part in the zone. */
    static ParamSpec zone() {
        return ParamSpec.text("zone", "zone-a", "Availability zone the part runs in.");
    }

    /** How a part that calls downstream holds its worker, and how it picks among several data stores. */
    static List<ParamSpec> caller() {
        return List.of(
                ParamSpec.choice("callMode", "blocking", List.of("blocking", "nonblocking"),
                        "blocking holds the worker while downstream calls run; nonblocking frees it after its own work."),
                ParamSpec.choice("shardBy", "none", List.of("none", "hash", "range", "consistent-hashing"),
                        "With several database primaries downstream, send each key to one of them by this rule."),
                ParamSpec.bool("fallback", false,
                        "When a downstream call fails, answer with a degraded response instead of an error."));
    }

    /** A key-value cache: capacity, eviction, expiry and write policy. */
    static List<ParamSpec> cache(int capacityItems, double ttlS) {
        return List.of(
                ParamSpec.integer("capacityItems", "items", capacityItems, 1, 100_000_000,
                        "How many keys the cache holds before it evicts."),
                ParamSpec.choice("eviction", "lru", List.of("lru", "lfu"),
                        "Which key leaves when full: least recently used or least frequently used."),
                ParamSpec.decimal("ttlS", "s", ttlS, 0.0, 31_536_000.0,
                        "Seconds an entry stays valid after it is filled; 0 = never expires."));
    }

    /** Concatenates groups into one parameter list. */
    @SafeVarargs
    static List<ParamSpec> of(List<ParamSpec>... groups) {
        List<ParamSpec> all = new ArrayList<>();
        for (List<ParamSpec> g : groups) {
            all.addAll(g);
        }
        return all;
    }
}
