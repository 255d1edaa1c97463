package org.archsim.model.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Finds the parts whose loss alone cuts every client off from some durable store: the single points of failure.
 *
 * <p>A part P is a single point of failure when some durable store (a primary {@code database} or
 * {@code blob-storage}) that clients reach in the design is no longer reached once P is removed — in graph terms, P
 * is a one-vertex cut between the clients and that store (P may be the store itself). When a design has no durable
 * store, the parts nothing downstream of (its sinks) stand in for the data.
 *
 * <p>Parts that are redundant on their own are not candidates: {@code instances ≥ 2}; a primary database with at
 * least one replica linked from it (it fails over); and kinds that are distributed services by nature ({@code dns},
 * {@code cdn}, {@code blob-storage}) — see {@code docs/decisions/0002-single-points-of-failure.md}.
 */
final class SinglePointsOfFailure {

    private static final Set<String> DISTRIBUTED_KINDS = Set.of("dns", "cdn", "blob-storage");

    private SinglePointsOfFailure() {
    }

    static List<Problem> find(Design design) {
        Graph<Component, Link> g = design.graph();
        List<Component> clients = design.components().stream().filter(c -> c.kind().id().equals("client")).toList();
        if (clients.isEmpty()) {
            return List.of();
        }
        Set<Component> reached = reach(g, clients, c -> false);
        Set<Component> stores = stores(design, reached);
        List<Problem> out = new ArrayList<>();
        for (Component p : design.components()) {
            if (!reached.contains(p) || p.kind().id().equals("client") || redundant(design, p)) {
                continue;
            }
            Set<Component> without = reach(g, clients, c -> c.equals(p));
            List<String> lost = stores.stream().filter(s -> !without.contains(s)).map(Component::id).toList();
            if (!lost.isEmpty()) {
                out.add(new Problem(Problem.Severity.WARNING, "spof", List.of(p.id()), "", message(p, lost)));
            }
        }
        return out;
    }

    private static String message(Component p, List<String> lost) {
        String what = lost.equals(List.of(p.id())) ? "its data"
                : (lost.size() == 1 ? "\"" + lost.get(0) + "\"" : "\"" + String.join("\", \"", lost) + "\"");
        return "\"" + p.name() + "\" is a single point of failure: if it goes down, clients can no longer reach "
                + what + ". Add a second instance, a replica, or another path around it.";
    }

    /** Durable stores that clients reach; if there are none, the reached parts with nothing downstream. */
    private static Set<Component> stores(Design design, Set<Component> reached) {
        Set<Component> stores = new LinkedHashSet<>();
        for (Component c : design.components()) {
            String kind = c.kind().id();
            boolean primaryDb = kind.equals("database") && "primary".equals(c.textParam("role"));
            if (reached.contains(c) && (primaryDb || kind.equals("blob-storage"))) {
                stores.add(c);
            }
        }
        if (stores.isEmpty()) {
            for (Component c : reached) {
                if (design.graph().outDegreeOf(c) == 0 && !c.kind().id().equals("client")) {
                    stores.add(c);
                }
            }
        }
        return stores;
    }

    static boolean redundant(Design design, Component p) {
        if (DISTRIBUTED_KINDS.contains(p.kind().id())) {
            return true;
        }
        if (p.kind().param("instances").isPresent() && p.intParam("instances") >= 2) {
            return true;
        }
        if (p.kind().id().equals("database") && "primary".equals(p.textParam("role"))) {
            return design.outgoing(p.id()).stream()
                    .map(l -> design.requireComponent(l.to()))
                    .anyMatch(t -> t.kind().id().equals("database") && "replica".equals(t.textParam("role")));
        }
        return false;
    }

    private static Set<Component> reach(Graph<Component, Link> g, List<Component> from, Predicate<Component> removed) {
        Graph<Component, Link> view = new MaskSubgraph<>(g, removed, l -> false);
        Set<Component> seen = new HashSet<>();
        for (Component start : from) {
            if (removed.test(start) || seen.contains(start)) {
                continue;
            }
            new BreadthFirstIterator<>(view, start).forEachRemaining(seen::add);
        }
        return seen;
    }
}
