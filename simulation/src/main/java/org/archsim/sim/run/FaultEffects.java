package org.archsim.sim.run;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.archsim.model.scenario.Fault;

/**
 * What each fault type does to the running parts and links when it starts ({@code on}) and ends. Targets were checked
 * against the design when the scenario was read; an unknown target here is ignored rather than stopping a live run.
 */
final class FaultEffects {

    private final Simulation sim;
    private double load = 1.0;
    private double spikeAll = 1.0;
    private double live = 1.0;
    private final double[] spike;

    FaultEffects(Simulation sim) {
        this.sim = sim;
        this.spike = new double[sim.topology().nodes().size()];
        java.util.Arrays.fill(spike, 1.0);
    }

    /** The scenario's load multiplier changes. */
    void setLoad(double multiplier) {
        load = multiplier;
        pushLoad();
    }

    /** The live load slider's multiplier changes. */
    void setLive(double multiplier) {
        live = multiplier;
        pushLoad();
    }

    private void pushLoad() {
        for (Node n : sim.topology().nodes()) {
            if (n instanceof ClientNode c) {
                c.setMultiplier(sim, load * live * spikeAll * spike[c.index]);
            }
        }
    }

    void apply(Fault f, boolean on) {
        Topology t = sim.topology();
        switch (f.type()) {
            case CRASH -> forPart(f.target(), n -> toggleDown(n, on));
            case SLOW_DOWN -> forPart(f.target(), n -> n.slowDown(on ? f.factor() : 1.0));
            case PARTITION -> {
                partitionLinks(f).forEach(l -> l.partitioned = on);
                forPart(f.target(), n -> n.cutOff = on); // a link id names no part: nothing to mark then
                f.targets().forEach(id -> forPart(id, n -> n.cutOff = on));
            }
            case TRAFFIC_SPIKE -> {
                double m = on ? f.multiplier() : 1.0;
                Node target = f.target() == null ? null : t.node(f.target());
                if (target == null) {
                    spikeAll = m;
                } else {
                    spike[target.index] = m;
                }
                pushLoad();
            }
            case CACHE_FLUSH -> {
                if (on) {
                    forPart(f.target(), n -> n.flush(sim));
                }
            }
            case REPLICA_LAG -> forPart(f.target(), n -> n.setExtraLagUs(sim, on ? Math.round(f.lagMs() * 1000) : 0));
            case ZONE_LOSS -> {
                for (Node n : t.nodes()) {
                    if (n.component.kind().param("zone").isPresent() && f.target().equals(n.component.textParam("zone"))) {
                        toggleDown(n, on);
                    }
                }
            }
            case PACKET_LOSS -> forLink(f.target(), l -> l.extraLoss = on ? f.rate() : 0);
            case DEPENDENCY_TIMEOUT -> forLink(f.target(), l -> l.hanging = on);
            case READ_ONLY -> forPart(f.target(), n -> n.setReadOnly(sim, on));
            case ADD_SHARD -> forPart(f.target(), n -> setShard(n, on, true));
            case REMOVE_SHARD -> forPart(f.target(), n -> setShard(n, !on, true));
            default -> throw new IllegalStateException("unhandled fault type " + f.type());
        }
    }

    /** Before the run: a database that an {@code add-shard} fault adds is not a shard until then. */
    void prepare(Fault f) {
        if (f.type() == org.archsim.model.scenario.FaultType.ADD_SHARD) {
            forPart(f.target(), n -> setShard(n, false, false));
        }
    }

    /** Adds or removes the database {@code n} (its replica set) in every shard group that holds it. */
    private void setShard(Node n, boolean on, boolean measured) {
        if (!(n instanceof DatabaseNode db)) {
            return;
        }
        for (Node caller : sim.topology().nodes()) {
            if (caller instanceof CallerNode c && c.plan != null) {
                for (StoreGroup g : c.plan.groups()) {
                    g.setShard(db.set, on, measured);
                }
            }
        }
    }

    private void toggleDown(Node n, boolean on) {
        if (on) {
            n.crash(sim);
        } else {
            n.recover(sim);
        }
    }

    private void forPart(String id, java.util.function.Consumer<Node> action) {
        Node n = id == null ? null : sim.topology().node(id);
        if (n != null) {
            action.accept(n);
        }
    }

    private void forLink(String id, java.util.function.Consumer<LinkRt> action) {
        LinkRt l = id == null ? null : sim.topology().link(id);
        if (l != null) {
            action.accept(l);
        }
    }

    /** A link id cuts that link; a part cuts every link touching it; a set cuts every link crossing its border. */
    private List<LinkRt> partitionLinks(Fault f) {
        Topology t = sim.topology();
        if (f.target() != null && t.link(f.target()) != null) {
            return List.of(t.link(f.target()));
        }
        Set<Integer> inside = new HashSet<>();
        if (f.target() != null && t.node(f.target()) != null) {
            inside.add(t.node(f.target()).index);
        }
        for (String id : f.targets()) {
            Node n = t.node(id);
            if (n != null) {
                inside.add(n.index);
            }
        }
        return t.links().stream().filter(l -> inside.contains(l.from) != inside.contains(l.to)).toList();
    }
}
