package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.sim.engine.Engine;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.random.RandomStream;

/**
 * The design compiled for the engine: parts and links numbered in document order, each part's outgoing links, the
 * runtime object for each part kind, endpoint names numbered, and one random stream per link.
 */
final class Topology {

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, Integer> endpoints = new LinkedHashMap<>();
    private final LinkRt[] links;
    private final RandomStream[] linkRngs;
    private final Node[] nodes;
    private final int healthHandler;

    Topology(Simulation sim, Design design) {
        List<Component> parts = design.components();
        if (parts.size() > RequestTable.MAX_INDEX || design.links().size() > RequestTable.MAX_INDEX) {
            throw new IllegalArgumentException("a design may have at most " + RequestTable.MAX_INDEX + " parts and links");
        }
        for (Component c : parts) {
            indexOf.put(c.id(), ids.size());
            ids.add(c.id());
        }
        endpointId("/");
        for (Component c : parts) {
            if (c.kind().param("endpoints").isPresent()) {
                c.weightsParam("endpoints").keySet().forEach(this::endpointId);
            }
        }
        List<Link> ls = design.links();
        links = new LinkRt[ls.size()];
        linkRngs = new RandomStream[ls.size()];
        List<List<Integer>> outs = new ArrayList<>();
        parts.forEach(c -> outs.add(new ArrayList<>()));
        for (int i = 0; i < ls.size(); i++) {
            Link l = ls.get(i);
            String ep = l.textParam("endpoint");
            links[i] = new LinkRt(i, l, indexOf.get(l.from()), indexOf.get(l.to()),
                    ep.isEmpty() ? LinkRt.ANY_ENDPOINT : endpointId(ep));
            linkRngs[i] = sim.streams().stream("link/" + l.id());
            outs.get(links[i].from).add(i);
        }
        nodes = new Node[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            int[] out = outs.get(i).stream().mapToInt(Integer::intValue).toArray();
            nodes[i] = create(sim, i, parts.get(i), out);
            nodes[i].out = out;
        }
        DataWiring.wire(this);
        healthHandler = sim.engine().register((e, type, a, b) -> healthCheck(sim, e, a));
    }

    private Node create(Simulation sim, int i, Component c, int[] out) {
        return switch (c.kind().id()) {
            case "client" -> new ClientNode(sim, i, c, this);
            case "load-balancer" -> new BalancerNode(sim, i, c, out, this);
            case "api-gateway" -> new GatewayNode(sim, i, c);
            case "dns" -> new DnsNode(sim, i, c);
            case "service" -> new CallerNode(sim, i, c);
            case "worker" -> new WorkerNode(sim, i, c);
            case "queue" -> new QueueNode(sim, i, c, out);
            case "cache" -> new CacheNode(sim, i, c);
            case "cdn" -> new CdnNode(sim, i, c, this);
            case "database" -> new DatabaseNode(sim, i, c);
            case "blob-storage" -> new BlobNode(sim, i, c);
            default -> new StoreNode(sim, i, c);
        };
    }

    /** Starts the clients and the health checks. */
    void start(Simulation sim) {
        for (Node n : nodes) {
            if (n instanceof ClientNode client) {
                client.start(sim);
            } else if (n instanceof BalancerNode lb) {
                // Checks start at a random phase so balancers do not all probe at the same instant.
                RandomStream phase = sim.streams().stream("health/" + lb.id);
                long first = (long) (phase.nextDouble() * lb.checkIntervalUs);
                sim.engine().schedule(first, 0, healthHandler, 0, lb.index, 0);
            }
        }
    }

    private void healthCheck(Simulation sim, Engine e, int lbIndex) {
        BalancerNode lb = (BalancerNode) nodes[lbIndex];
        lb.healthCheck(sim);
        e.scheduleAfter(lb.checkIntervalUs, 0, healthHandler, 0, lbIndex, 0);
    }

    /** The number of an endpoint name, assigning the next one on first sight. */
    int endpointId(String name) {
        return endpoints.computeIfAbsent(name, k -> endpoints.size());
    }

    /** Endpoint names in number order. */
    List<String> endpoints() {
        return List.copyOf(endpoints.keySet());
    }

    Node node(int i) {
        return nodes[i];
    }

    /** The part with this id, or null. */
    Node node(String id) {
        Integer i = indexOf.get(id);
        return i == null ? null : nodes[i];
    }

    String idOf(int i) {
        return ids.get(i);
    }

    LinkRt link(int i) {
        return links[i];
    }

    /** The link with this id ({@code from->to}), or null. */
    LinkRt link(String id) {
        for (LinkRt l : links) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        return null;
    }

    RandomStream linkRng(int i) {
        return linkRngs[i];
    }

    List<Node> nodes() {
        return Collections.unmodifiableList(java.util.Arrays.asList(nodes));
    }

    List<LinkRt> links() {
        return List.of(links);
    }
}
