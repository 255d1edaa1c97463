package org.archsim.sim.theory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.TheoryReport;
import org.archsim.sim.report.TheoryReport.PartTheory;

/**
 * Queueing theory's prediction for a design, where one exists: Poisson clients feeding stations that do not hold a
 * worker while they call downstream, with routing that splits traffic by fixed probabilities (link
 * {@code probability}, weighted or random balancing, request-type and endpoint filters). Such a network has product
 * form, so each part is an M/M/c (or, with one worker, an M/G/1 by Pollaczek–Khinchine) queue fed by its total
 * arrival rate; end-to-end latency is the flow-weighted sum of the parts' sojourns plus network delays.
 *
 * <p>Where a formula is only approximate (several workers with non-exponential service, round-robin splits), the
 * part's {@code model} says so. Designs with caches, queues, DNS sessions, blocking callers, closed populations,
 * faults or load changes after warm-up get a reason instead of a prediction.
 */
public final class DesignTheory {

    private static final Set<String> STATIONS = Set.of("service", "worker", "load-balancer", "api-gateway", "database",
            "blob-storage");
    private static final int MAX_DEPTH = 64;

    private DesignTheory() {
    }

    /** The prediction for {@code design} under {@code scenario}. */
    public static TheoryReport predict(Design design, Scenario scenario) {
        try {
            return new Solver(design, scenario).solve();
        } catch (NotApplicable e) {
            return TheoryReport.notApplicable(e.getMessage());
        }
    }

    private static final class NotApplicable extends RuntimeException {
        NotApplicable(String why) {
            super(why, null, false, false);
        }
    }

    private static final class Solver {
        private final Design design;
        private final Scenario scenario;
        private final Map<String, Double> lambda = new LinkedHashMap<>();
        private final Map<String, Double> linkFlow = new HashMap<>();
        private final Map<String, Boolean> approximate = new HashMap<>();
        private double external;

        Solver(Design design, Scenario scenario) {
            this.design = design;
            this.scenario = scenario;
        }

        TheoryReport solve() {
            if (!scenario.faults().isEmpty()) {
                throw new NotApplicable("the scenario injects faults, so the system never settles into one steady state");
            }
            double multiplier = scenario.load().get(0).multiplier();
            if (scenario.load().size() > 1 || scenario.load().get(0).atS() > scenario.warmupS()) {
                throw new NotApplicable("the load changes during the run");
            }
            for (Component c : design.components()) {
                if (c.kind().id().equals("client")) {
                    client(c, multiplier);
                }
            }
            if (external <= 0) {
                throw new NotApplicable("no client sends open Poisson traffic");
            }
            Map<String, PartTheory> parts = new LinkedHashMap<>();
            double area = 0; // Σ λ·W over parts and links: by Little's law, divided by Λ it is the mean response
            for (Map.Entry<String, Double> e : lambda.entrySet()) {
                Component c = design.requireComponent(e.getKey());
                PartTheory p = station(c, e.getValue());
                parts.put(c.id(), p);
                area += e.getValue() * p.meanSojournMs();
            }
            for (Map.Entry<String, Double> e : linkFlow.entrySet()) {
                Link l = design.requireLink(e.getKey());
                area += e.getValue() * 2 * (l.doubleParam("latencyMs") + l.doubleParam("jitterMs") / 2);
            }
            boolean stable = parts.values().stream().allMatch(PartTheory::stable);
            return new TheoryReport(true, "", stable ? area / external : Double.POSITIVE_INFINITY, parts);
        }

        private void client(Component c, double multiplier) {
            if (!c.textParam("arrivals").equals("poisson")) {
                throw new NotApplicable("client \"" + c.id() + "\" does not send Poisson arrivals");
            }
            double rate = c.doubleParam("rps") * multiplier;
            external += rate;
            Map<String, Double> endpoints = c.weightsParam("endpoints");
            double total = endpoints.values().stream().mapToDouble(Double::doubleValue).sum();
            double read = c.doubleParam("readRatio");
            for (Map.Entry<String, Double> ep : endpoints.entrySet()) {
                double share = total > 0 ? ep.getValue() / total : 1.0 / endpoints.size();
                oneOf(c, "read", ep.getKey(), rate * share * read, 0);
                oneOf(c, "write", ep.getKey(), rate * share * (1 - read), 0);
            }
        }

        /** Flow of one request class into a part that sends it over one of its matching links. */
        private void oneOf(Component from, String type, String endpoint, double rate, int depth) {
            if (rate <= 0) {
                return;
            }
            List<Link> matching = matching(from, type, endpoint);
            if (matching.isEmpty()) {
                return; // requests fail with no route: they take no time anywhere downstream
            }
            if (from.kind().id().equals("api-gateway")) {
                List<Link> exact = matching.stream().filter(l -> !l.textParam("endpoint").isEmpty()).toList();
                matching = exact.isEmpty() ? matching : exact;
            }
            Map<String, Double> weights = from.kind().id().equals("load-balancer") ? from.weightsParam("weights") : Map.of();
            double total = matching.stream().mapToDouble(l -> weights.getOrDefault(l.to(), 1.0)).sum();
            if (matching.size() > 1 && !isRandomSplit(from)) {
                approximate.put(from.id(), true);
            }
            for (Link l : matching) {
                double share = weights.getOrDefault(l.to(), 1.0) / total;
                send(l, type, endpoint, rate * share, depth);
            }
        }

        private static boolean isRandomSplit(Component c) {
            return c.kind().id().equals("load-balancer") && Set.of("weighted", "random").contains(c.textParam("algorithm"));
        }

        private void send(Link l, String type, String endpoint, double rate, int depth) {
            if (depth > MAX_DEPTH) {
                throw new NotApplicable("requests can loop through \"" + l.to() + "\"");
            }
            if (l.doubleParam("lossRate") > 0) {
                throw new NotApplicable("link " + l.id() + " loses messages");
            }
            linkFlow.merge(l.id(), rate, Double::sum);
            Component to = design.requireComponent(l.to());
            String kind = to.kind().id();
            if (!STATIONS.contains(kind)) {
                throw new NotApplicable("\"" + to.id() + "\" is a " + to.kind().displayName()
                        + ", which has no closed form here");
            }
            lambda.merge(to.id(), rate, Double::sum);
            switch (kind) {
                case "database", "blob-storage" -> { }
                case "load-balancer", "api-gateway" -> oneOf(to, type, endpoint, rate, depth + 1);
                default -> {
                    List<Link> calls = matching(to, type, endpoint);
                    if (!calls.isEmpty() && to.textParam("callMode").equals("blocking")) {
                        throw new NotApplicable("\"" + to.id() + "\" holds a worker while it calls downstream (blocking)");
                    }
                    for (Link c : calls) {
                        send(c, type, endpoint, rate * c.doubleParam("probability"), depth + 1);
                    }
                }
            }
        }

        private List<Link> matching(Component from, String type, String endpoint) {
            return design.outgoing(from.id()).stream()
                    .filter(l -> l.textParam("requestType").equals("any") || l.textParam("requestType").equals(type))
                    .filter(l -> l.textParam("endpoint").isEmpty() || l.textParam("endpoint").equals(endpoint))
                    .toList();
        }

        private PartTheory station(Component c, double rate) {
            int servers = c.intParam("workers") * (c.kind().param("instances").isPresent() ? c.intParam("instances") : 1);
            double size = c.kind().param("sizeFactor").isPresent() ? c.doubleParam("sizeFactor") : 1.0;
            double mean = c.doubleParam("serviceTimeMs") / 1000 / size;
            double cv = switch (c.textParam("serviceDist")) {
                case "exponential" -> 1.0;
                case "constant" -> 0.0;
                case "uniform" -> 1 / Math.sqrt(3);
                default -> c.doubleParam("serviceCv");
            };
            if (c.kind().param("authLatencyMs").isPresent()) {
                double auth = c.doubleParam("authLatencyMs") / 1000;
                cv = mean + auth > 0 ? cv * mean / (mean + auth) : 0;
                mean += auth;
            }
            boolean approx = approximate.getOrDefault(c.id(), false);
            QueueMetrics q;
            String model;
            if (mean == 0 || servers > 1000) {
                // Effectively never waits: each request just takes its service time.
                q = new QueueMetrics(rate, rate * mean / servers, 0, 0, rate * mean, 0, mean, rate * mean < servers);
                model = "M/G/∞";
            } else if (servers == 1) {
                q = QueueFormulas.mg1(rate, mean, cv);
                model = cv == 1.0 ? "M/M/1" : (cv == 0 ? "M/D/1" : "M/G/1");
            } else {
                q = QueueFormulas.mmc(rate, 1 / mean, servers);
                model = "M/M/" + servers;
                if (cv != 1.0 && q.stable()) {
                    // Several workers and a non-exponential service: scale the wait by (1 + cv²)/2 (an approximation).
                    double wq = q.wq() * (1 + cv * cv) / 2;
                    q = new QueueMetrics(rate, q.rho(), q.pWait(), rate * wq, rate * (wq + mean), wq, wq + mean, true);
                    model = "M/G/" + servers;
                    approx = true;
                }
            }
            int capacity = c.kind().param("queueCapacity").isPresent() ? c.intParam("queueCapacity") : -1;
            if (capacity >= 0 && q.stable() && q.pWait() * Math.pow(q.rho(), capacity) > 1e-4) {
                approx = true; // the waiting room overflows now and then: some requests are rejected
            }
            return new PartTheory(rate, Math.min(q.rho(), 1.0), q.w() * 1000, q.lq(), model + (approx ? " (approx.)" : ""),
                    q.stable());
        }
    }
}
