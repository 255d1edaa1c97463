package org.archsim.model;

import static org.archsim.model.ParamGroups.caller;
import static org.archsim.model.ParamGroups.cache;
import static org.archsim.model.ParamGroups.of;
import static org.archsim.model.ParamGroups.scaling;
import static org.archsim.model.ParamGroups.station;
import static org.archsim.model.ParamGroups.zone;

import java.util.List;
import java.util.Map;

/**
 * The part kinds ArchSim ships, with every parameter SIMULATION.md gives each kind. Defaults are chosen so that a
 * freshly dropped part behaves like a plausible small production part.
 */
final class StandardKinds {

    private StandardKinds() {
    }

    static List<ComponentKind> all() {
        return List.of(client(), dns(), cdn(), apiGateway(), loadBalancer(), service(), cache_(), database(), queue(),
                worker(), blobStorage());
    }

    private static ComponentKind client() {
        return new ComponentKind("client", "Clients", Category.TRAFFIC, "client.svg",
                "Users or devices that send requests into the system.",
                List.of(
                        ParamSpec.decimal("rps", "req/s", 100.0, 0.0, 10_000_000.0,
                                "Mean rate of new requests (open arrivals)."),
                        ParamSpec.choice("arrivals", "poisson", List.of("poisson", "constant", "closed"),
                                "poisson: random independent arrivals; constant: evenly spaced; "
                                        + "closed: a fixed population that waits for each answer, then thinks."),
                        ParamSpec.integer("population", "users", 100, 1, 10_000_000,
                                "Users in a closed population (arrivals = closed)."),
                        ParamSpec.decimal("thinkTimeMs", "ms", 1000.0, 0.0, 3_600_000.0,
                                "Mean pause of a closed-population user between an answer and the next request."),
                        ParamSpec.decimal("readRatio", "", 0.9, 0.0, 1.0,
                                "Fraction of requests that read; the rest write."),
                        ParamSpec.weights("endpoints", Map.of("/", 1.0),
                                "Named endpoints and their share of requests; a gateway routes by endpoint."),
                        ParamSpec.integer("keySpace", "keys", 100_000, 1, 1_000_000_000,
                                "Number of distinct keys (users, items) requests refer to."),
                        ParamSpec.decimal("zipfS", "", 0.0, 0.0, 5.0,
                                "Key skew: 0 = every key equally likely, about 1 = a few hot keys dominate."),
                        ParamSpec.decimal("deadlineMs", "ms", 1000.0, 1.0, 3_600_000.0,
                                "An answer later than this does not count as goodput."),
                        ParamSpec.integer("requestsPerSession", "", 20, 1, 1_000_000,
                                "Requests a user sends per session; each new session starts with a DNS lookup."),
                        zone()),
                false, true);
    }

    private static ComponentKind dns() {
        return new ComponentKind("dns", "DNS", Category.EDGE, "dns.svg",
                "Turns a host name into an address; clients look it up once per session.",
                of(station(1000, 2.0, "exponential", -1),
                        List.of(ParamSpec.decimal("ttlS", "s", 300.0, 0.0, 86_400.0,
                                "Seconds a client may reuse an answer before looking it up again."), zone())),
                true, true);
    }

    private static ComponentKind cdn() {
        return new ComponentKind("cdn", "CDN", Category.EDGE, "cdn.svg",
                "Edge caches near users that serve static content and forward misses to the origin.",
                of(station(10_000, 1.0, "exponential", -1), cache(100_000, 3600.0),
                        List.of(ParamSpec.text("staticEndpoints", "",
                                        "Comma-separated endpoints the edge may cache; empty = every read."),
                                ParamSpec.decimal("costPerHour", "$/h", 0.5, 0.0, 1_000_000.0,
                                        "Cost of the edge service for one hour."), zone())),
                true, true);
    }

    private static ComponentKind apiGateway() {
        return new ComponentKind("api-gateway", "API Gateway", Category.EDGE, "api-gateway.svg",
                "Single entry point that authenticates, rate-limits and routes each endpoint to its service.",
                of(station(2000, 1.0, "exponential", 10_000),
                        List.of(ParamSpec.decimal("authLatencyMs", "ms", 2.0, 0.0, 60_000.0,
                                        "Time spent authenticating each request."),
                                ParamSpec.decimal("rateLimitRps", "req/s", 0.0, 0.0, 10_000_000.0,
                                        "Token-bucket refill rate; requests beyond it are rejected. 0 = no limit."),
                                ParamSpec.integer("rateLimitBurst", "requests", 100, 1, 10_000_000,
                                        "Token-bucket size: how many requests may pass at once after a quiet spell.")),
                        caller(), scaling(1, 0.2), List.of(zone())),
                true, true);
    }

    private static ComponentKind loadBalancer() {
        return new ComponentKind("load-balancer", "Load Balancer", Category.EDGE, "load-balancer.svg",
                "Spreads requests over several backends and stops sending to ones that fail health checks.",
                of(station(10_000, 0.2, "exponential", -1),
                        List.of(ParamSpec.choice("algorithm", "round-robin",
                                        List.of("round-robin", "least-connections", "ip-hash", "weighted", "random"),
                                        "How the next backend is chosen."),
                                ParamSpec.weights("weights", Map.of(),
                                        "Backend id → weight for weighted and random; missing backends weigh 1."),
                                ParamSpec.decimal("healthCheckIntervalMs", "ms", 5000.0, 10.0, 3_600_000.0,
                                        "Time between health checks of each backend."),
                                ParamSpec.integer("unhealthyThreshold", "checks", 2, 1, 100,
                                        "Failed checks in a row before a backend is taken out of rotation."),
                                ParamSpec.integer("healthyThreshold", "checks", 2, 1, 100,
                                        "Passed checks in a row before a backend is put back."),
                                ParamSpec.decimal("costPerHour", "$/h", 0.03, 0.0, 1_000_000.0,
                                        "Cost of the load balancer for one hour."), zone())),
                true, true);
    }

    private static ComponentKind service() {
        return new ComponentKind("service", "Service", Category.COMPUTE, "service.svg",
                "An application server that does work for each request and may call other parts.",
                of(station(8, 20.0, "exponential", 1000), caller(), scaling(1, 0.1), List.of(zone())),
                true, true);
    }

    private static ComponentKind cache_() {
        return new ComponentKind("cache", "Cache", Category.DATA, "cache.svg",
                "An in-memory key-value store in front of a slower store; hits are fast, misses go to the store.",
                of(station(64, 0.5, "exponential", -1), cache(10_000, 300.0),
                        List.of(ParamSpec.choice("writePolicy", "cache-aside",
                                        List.of("cache-aside", "write-through", "write-back"),
                                        "cache-aside: the caller fills on a miss; write-through: writes go to both; "
                                                + "write-back: writes land in the cache and reach the store later."),
                                ParamSpec.decimal("writeBackDelayMs", "ms", 1000.0, 0.0, 3_600_000.0,
                                        "How long a write-back cache holds a dirty entry before writing it to the store."),
                                ParamSpec.decimal("costPerHour", "$/h", 0.05, 0.0, 1_000_000.0,
                                        "Cost of the cache for one hour."), zone())),
                true, true);
    }

    private static ComponentKind database() {
        return new ComponentKind("database", "Database", Category.DATA, "database.svg",
                "Stores the data durably. A primary takes writes; replicas copy it and serve reads.",
                of(station(50, 5.0, "exponential", 1000),
                        List.of(ParamSpec.choice("role", "primary", List.of("primary", "replica"),
                                        "primary accepts writes; a replica is linked from its primary and serves reads."),
                                ParamSpec.integer("poolSize", "connections", 100, 1, 100_000,
                                        "Connections callers may hold at once; more callers wait for a free one."),
                                ParamSpec.choice("replication", "async", List.of("async", "sync"),
                                        "sync: a write waits for replica acknowledgements; async: replicas catch up later."),
                                ParamSpec.integer("writeAcks", "replicas", 0, 0, 1_000,
                                        "Sync only: replica acknowledgements a write waits for; 0 = every replica."),
                                ParamSpec.decimal("syncTimeoutMs", "ms", 500.0, 1.0, 3_600_000.0,
                                        "Sync only: a write that cannot get its acknowledgements fails after this long."),
                                ParamSpec.decimal("replicationLagMs", "ms", 100.0, 0.0, 3_600_000.0,
                                        "Mean delay before an async replica applies a write."),
                                ParamSpec.decimal("failoverTimeoutMs", "ms", 10_000.0, 0.0, 3_600_000.0,
                                        "After the primary dies, time until a replica is elected; writes fail meanwhile."),
                                ParamSpec.bool("readOnly", false, "Refuse writes (maintenance or a fault)."),
                                ParamSpec.decimal("storageGb", "GB", 100.0, 0.0, 1_000_000_000.0,
                                        "Data held, for cost and sizing."),
                                ParamSpec.decimal("costPerHour", "$/h", 0.25, 0.0, 1_000_000.0,
                                        "Cost of one database node for one hour."), zone())),
                true, true);
    }

    private static ComponentKind queue() {
        return new ComponentKind("queue", "Queue", Category.MESSAGING, "queue.svg",
                "A broker that accepts messages at once and hands them to consumer workers at their pace.",
                List.of(ParamSpec.integer("capacity", "messages", 100_000, 1, 100_000_000,
                                "Messages the queue holds; producers are pushed back when it is full."),
                        ParamSpec.decimal("enqueueMs", "ms", 1.0, 0.0, 60_000.0, "Time to accept and store a message."),
                        ParamSpec.choice("delivery", "competing", List.of("competing", "fan-out"),
                                "competing: each message goes to one consumer group; fan-out: a copy to every group."),
                        ParamSpec.integer("maxRetries", "", 3, 0, 100,
                                "Redeliveries of a failed message before it goes to the dead-letter queue."),
                        ParamSpec.bool("deadLetter", true, "Keep messages that failed every retry in a dead-letter queue."),
                        ParamSpec.decimal("poisonRatio", "", 0.0, 0.0, 1.0,
                                "Fraction of messages that can never be processed (to show the dead-letter queue)."),
                        ParamSpec.decimal("costPerHour", "$/h", 0.05, 0.0, 1_000_000.0, "Cost of the broker for one hour."),
                        zone()),
                true, true);
    }

    private static ComponentKind worker() {
        return new ComponentKind("worker", "Worker", Category.MESSAGING, "worker.svg",
                "Consumes messages from a queue and does slow work in the background.",
                of(station(4, 100.0, "exponential", 0), caller(), scaling(1, 0.1), List.of(zone())),
                true, true);
    }

    private static ComponentKind blobStorage() {
        return new ComponentKind("blob-storage", "Blob Storage", Category.DATA, "blob-storage.svg",
                "Stores large files (images, videos) cheaply; slower than a database, very durable.",
                of(station(1000, 30.0, "lognormal", -1),
                        List.of(ParamSpec.decimal("availability", "", 0.9999, 0.0, 1.0,
                                        "Fraction of requests that succeed when healthy."),
                                ParamSpec.decimal("costPerHour", "$/h", 0.03, 0.0, 1_000_000.0,
                                        "Cost of the storage for one hour."), zone())),
                true, false);
    }
}
