package org.archsim.model.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Element;
import org.archsim.model.Link;
import org.archsim.model.ParamSpec;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Checks a design and explains what is wrong in words a learner understands. Errors make a design unfit to simulate
 * (a value out of range, a link a kind cannot have); warnings are weaknesses a lesson would point out (single points
 * of failure, parts nothing reaches, a load balancer with one backend).
 *
 * <pre>{@code
 * for (Problem p : DesignRules.check(design)) System.out.println(p);
 * }</pre>
 */
public final class DesignRules {

    private DesignRules() {
    }

    /** All problems of {@code design}: errors first, then warnings, each group in document order. */
    public static List<Problem> check(Design design) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (Component c : design.components()) {
            checkParams(c, "components[" + c.id() + "].params.", errors);
        }
        for (Link l : design.links()) {
            checkParams(l, "links[" + l.id() + "].", errors);
            checkLinkAllowed(design, l, errors);
        }
        boolean hasClients = design.components().stream().anyMatch(DesignRules::isClient);
        if (!hasClients && !design.components().isEmpty()) {
            warnings.add(new Problem(Problem.Severity.WARNING, "no-clients", List.of(), "",
                    "The design has no clients, so nothing sends it any traffic. Add a Clients part and link it in."));
        }
        if (hasClients) {
            unreachable(design, warnings);
        }
        warnings.addAll(SinglePointsOfFailure.find(design));
        for (Component c : design.components()) {
            loadBalancerWarnings(design, c, warnings);
            replicaWarnings(design, c, warnings);
        }
        errors.addAll(warnings);
        return errors;
    }

    /** Whether any problem is an error. */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    private static void checkParams(Element e, String prefix, List<Problem> out) {
        for (Map.Entry<String, Object> entry : e.explicitParams().entrySet()) {
            ParamSpec spec = e.spec(entry.getKey()).orElseThrow();
            spec.check(entry.getValue()).ifPresent(reason -> out.add(new Problem(Problem.Severity.ERROR, "param-range",
                    List.of(e.id()), prefix + entry.getKey(), reason)));
        }
    }

    private static void checkLinkAllowed(Design design, Link l, List<Problem> out) {
        Component from = design.requireComponent(l.from());
        Component to = design.requireComponent(l.to());
        if (!to.kind().inbound()) {
            out.add(new Problem(Problem.Severity.ERROR, "link-not-allowed", List.of(l.id()), "",
                    "\"" + to.name() + "\" is a " + to.kind().displayName() + " part: it sends requests but cannot "
                            + "receive them, so the link from \"" + from.name() + "\" is not allowed."));
        }
        if (!from.kind().outbound()) {
            out.add(new Problem(Problem.Severity.ERROR, "link-not-allowed", List.of(l.id()), "",
                    "\"" + from.name() + "\" is a " + from.kind().displayName() + " part: it only answers requests and "
                            + "cannot call other parts, so the link to \"" + to.name() + "\" is not allowed."));
        }
    }

    private static void unreachable(Design design, List<Problem> out) {
        Set<Component> seen = new HashSet<>();
        for (Component c : design.components()) {
            if (isClient(c)) {
                new BreadthFirstIterator<>(design.graph(), c).forEachRemaining(seen::add);
            }
        }
        for (Component c : design.components()) {
            if (!seen.contains(c)) {
                out.add(new Problem(Problem.Severity.WARNING, "unreachable", List.of(c.id()), "",
                        "No request can reach \"" + c.name() + "\": no path leads to it from any client."));
            }
        }
    }

    private static void loadBalancerWarnings(Design design, Component c, List<Problem> out) {
        if (!c.kind().id().equals("load-balancer")) {
            return;
        }
        List<Link> backends = design.outgoing(c.id());
        if (backends.size() < 2) {
            out.add(new Problem(Problem.Severity.WARNING, "lb-one-backend", List.of(c.id()), "",
                    "Load balancer \"" + c.name() + "\" has " + (backends.isEmpty() ? "no backend" : "one backend")
                            + ": it can only balance and fail over between two or more."));
        }
        Set<String> targets = new HashSet<>();
        backends.forEach(l -> targets.add(l.to()));
        for (String target : c.weightsParam("weights").keySet()) {
            if (!targets.contains(target)) {
                out.add(new Problem(Problem.Severity.WARNING, "lb-weight-unknown", List.of(c.id()),
                        "components[" + c.id() + "].params.weights." + target,
                        "\"" + c.name() + "\" gives a weight to \"" + target + "\", which is not one of its backends."));
            }
        }
    }

    private static void replicaWarnings(Design design, Component c, List<Problem> out) {
        if (!c.kind().id().equals("database") || !"replica".equals(c.textParam("role"))) {
            return;
        }
        boolean fromPrimary = design.incoming(c.id()).stream()
                .map(l -> design.requireComponent(l.from()))
                .anyMatch(p -> p.kind().id().equals("database") && "primary".equals(p.textParam("role")));
        if (!fromPrimary) {
            out.add(new Problem(Problem.Severity.WARNING, "replica-without-primary", List.of(c.id()), "",
                    "Replica \"" + c.name() + "\" is not linked from a primary database, so nothing copies data to it."));
        }
    }

    private static boolean isClient(Component c) {
        return c.kind().id().equals("client");
    }
}
